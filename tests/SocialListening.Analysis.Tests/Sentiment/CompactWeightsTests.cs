using SocialListening.Analysis.Sentiment;

namespace SocialListening.Analysis.Tests.Sentiment;

public class CompactWeightsTests
{
    [Fact]
    public void RowStart_FindsEveryBucketsRowAndTheZeroRowForEmptyBuckets()
    {
        var random = new Random(11);
        const int buckets = 1000;
        var weights = new float[buckets * 3];
        for (var bucket = 0; bucket < buckets; bucket++)
        {
            // About three buckets in four empty, as in a trained table; some rows with only one non-zero class.
            if (random.Next(4) == 0)
            {
                weights[bucket * 3 + random.Next(3)] = (float)random.NextDouble() - 0.5f;
                weights[bucket * 3 + 2] += bucket % 2;
            }
        }

        var compact = new CompactWeights(weights, 3);

        Assert.True(compact.Rows.Length < weights.Length / 2);
        for (var bucket = 0; bucket < buckets; bucket++)
        {
            var start = compact.RowStart(bucket);
            Assert.Equal(weights.AsSpan(bucket * 3, 3).ToArray(), compact.Rows.AsSpan(start, 3).ToArray());
            if (!weights.AsSpan(bucket * 3, 3).ContainsAnyExcept(0f))
            {
                Assert.Equal(compact.ZeroRow, start);
            }
        }
    }
}
