using Microsoft.ML;
using Microsoft.ML.Data;

namespace SocialListening.Analysis.TextClassification;

/// <summary>
/// Scores texts with a trained multiclass model (thread-safe: a batch is scored in one pass, see <see cref="BatchScoring"/>). With an out-of-scope label, a
/// text whose top score is under the stored threshold is given that label.
/// </summary>
public sealed class TextClassifier
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _inputSchema;
    private readonly string[] _labels;
    private readonly LinearTextScorer? _scorer;

    public TextClassifier(MLContext ml, ITransformer model, DataViewSchema inputSchema, TextClassifierSettings settings)
    {
        _ml = ml;
        _model = model;
        _inputSchema = inputSchema;
        Settings = settings;
        var score = model.GetOutputSchema(inputSchema)["Score"];
        VBuffer<ReadOnlyMemory<char>> names = default;
        score.GetSlotNames(ref names);
        _labels = [.. names.DenseValues().Select(n => n.ToString())];
        if (_labels.Length == 0)
        {
            throw new InvalidDataException("the model's Score column has no class names");
        }
        _scorer = LinearTextScorer.TryCompile(model, inputSchema, out _);
    }

    /// <summary>The scorer that replaces ML.NET at run time, when the model is linear (null otherwise).</summary>
    internal LinearTextScorer? Scorer => _scorer;

    public TextClassifierSettings Settings { get; }

    public IReadOnlyList<string> Labels => _labels;

    public static TextClassifier Load(string path)
    {
        var ml = new MLContext(seed: 1);
        var (model, schema, settings) = ModelPackage.Load<TextClassifierSettings>(path, ml);
        return new TextClassifier(ml, model, schema, settings);
    }

    public void Save(string path) => ModelPackage.Save(path, _ml, _model, _inputSchema, Settings);

    /// <summary>The same model with another out-of-scope threshold (to study the trade-off without retraining).</summary>
    public TextClassifier WithThreshold(double threshold) => WithSettings(Settings with { Threshold = threshold });

    internal TextClassifier WithSettings(TextClassifierSettings settings) => new(_ml, _model, _inputSchema, settings);

    public ClassPrediction[] Predict(IReadOnlyList<string> texts) => Predict(texts, _scorer);

    /// <summary>The predictions ML.NET itself makes (the reference the compiled scorer is tested against).</summary>
    internal ClassPrediction[] PredictWithMlNet(IReadOnlyList<string> texts) => Predict(texts, null);

    private ClassPrediction[] Predict(IReadOnlyList<string> texts, LinearTextScorer? scorer)
    {
        var normalised = new string[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            normalised[i] = ClassifierText.Normalise(texts[i], textForm: Settings.TextForm);
        }
        var scores = LinearTextScorer.ScoreAll(scorer, normalised, s => Array.ConvertAll(s, p => (float)p), MlNetScores);
        return [.. scores.Select(Decide)];
    }

    private float[][] MlNetScores(IReadOnlyList<string> normalised) =>
        BatchScoring.Column<TextRow, float[]>(_ml, _model, _inputSchema, [.. normalised.Select(t => new TextRow { Text = t })], "Score");

    /// <summary>The prediction for a compiled scorer's outputs, rounded to float as ML.NET's Score column is.</summary>
    internal ClassPrediction Decide(ReadOnlySpan<double> scores)
    {
        var rounded = new float[_labels.Length];
        for (var k = 0; k < rounded.Length; k++)
        {
            rounded[k] = (float)scores[k];
        }
        return Decide(rounded);
    }

    private ClassPrediction Decide(float[] scores)
    {
        var best = 0;
        for (var k = 1; k < scores.Length; k++)
        {
            if (scores[k] > scores[best])
            {
                best = k;
            }
        }
        var top = _labels[best];
        var confidence = scores[best];
        var label = Settings.OosLabel is not null && confidence < Settings.Threshold ? Settings.OosLabel : top;
        return new ClassPrediction(label, confidence, top);
    }
}
