using Microsoft.ML;
using Microsoft.ML.Data;

namespace SocialListening.Analysis.Topics;

/// <summary>
/// Latent Dirichlet allocation (ML.NET) over documents given as their content words: returns, per document, its
/// topic mixture. Seeded and single-threaded, so the same documents give the same topics.
/// </summary>
public static class TopicModel
{
    public static float[][] Fit(IReadOnlyList<IReadOnlyList<string>> documents, int topics, int seed = 17)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(documents.Select(d => new Document { Words = [.. d] }));
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Keys", nameof(Document.Words))
            .Append(ml.Transforms.Text.ProduceNgrams("Counts", "Keys", ngramLength: 1, useAllLengths: false, weighting: Microsoft.ML.Transforms.Text.NgramExtractingEstimator.WeightingCriteria.Tf))
            .Append(ml.Transforms.Text.LatentDirichletAllocation("Topics", "Counts", numberOfTopics: topics,
                alphaSum: topics * 0.1f, beta: 0.01f, samplingStepCount: 4, maximumNumberOfIterations: 300,
                numberOfThreads: 1, resetRandomGenerator: true));
        return NativeStdout.Silenced(() => pipeline.Fit(data).Transform(data).GetColumn<float[]>("Topics").ToArray());
    }

    private sealed class Document
    {
        [VectorType]
        public string[] Words { get; set; } = [];
    }
}
