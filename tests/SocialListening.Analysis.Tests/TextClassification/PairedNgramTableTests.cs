using SocialListening.Analysis.TextClassification;

namespace SocialListening.Analysis.Tests.TextClassification;

public class PairedNgramTableTests
{
    private static readonly float[] First = [0.5f, -1.5f];
    private static readonly float[] Second = [1f, 2f, 3f, 4f, 5f, 6f];

    [Fact]
    public void Lookup_GivesEachModelsWeights_AndNaNWhereAModelDoesNotKnowTheNgram()
    {
        ulong both = NgramKey.Of("ab"), firstOnly = NgramKey.Of("abc"), secondOnly = NgramKey.Of("xyz");
        var table = PairedNgramTable.TryCreate([(both, 1, 0), (firstOnly, 0, -1), (secondOnly, -1, 1)], First, 1, Second, 3)!;
        ref var start = ref table.First;

        ref var entry = ref table.Find(ref start, both, out _);
        Assert.Equal([-1.5f, 1f, 2f, 3f], [entry.Weights[0], entry.Weights[1], entry.Weights[2], entry.Weights[3]]);
        Assert.True(entry.InFirst && entry.InSecond(table.SecondStart));

        entry = ref table.Find(ref start, firstOnly, out _);
        Assert.True(entry.InFirst);
        Assert.False(entry.InSecond(table.SecondStart));
        Assert.Equal(0.5f, entry.Weights[0]);

        entry = ref table.Find(ref start, secondOnly, out _);
        Assert.False(entry.InFirst);
        Assert.Equal([4f, 5f, 6f], [entry.Weights[1], entry.Weights[2], entry.Weights[3]]);

        entry = ref table.Find(ref start, NgramKey.Of("unknown"), out _);
        Assert.True(entry.IsEmpty(table.SecondStart));
    }

    [Fact]
    public void TwoModels_WithMoreOutputsThanAnEntryHolds_AreNotPaired()
    {
        var wide = new float[PairedNgramTable.MaxOutputs];
        Assert.Null(PairedNgramTable.TryCreate([(NgramKey.Of("a"), 0, 0)], First[..1], 1, wide, PairedNgramTable.MaxOutputs));
    }

    [Fact]
    public void TwoNgrams_WhoseKeyChecksWouldBeMistaken_AreNotPaired()
    {
        // The entry keeps the key's low 32 bits: a second key with the same low bits and the same home position
        // would be found as the first, so the table refuses them (the scorers then run one at a time).
        var key = NgramKey.Of("ab");
        var twin = Enumerable.Range(1, 10_000).Select(m => key + ((ulong)m << 32)).First(k => Home(k) == Home(key));
        Assert.Null(PairedNgramTable.TryCreate([(key, 0, 0), (twin, 1, 1)], First, 1, Second, 3));
        Assert.NotNull(PairedNgramTable.TryCreate([(key, 0, 0), (twin + 1, 1, 1)], First, 1, Second, 3));
    }

    // The home position in a table of two entries (16 entries: 4 bits), as the table computes it.
    private static ulong Home(ulong key) => (key * 0x9E3779B97F4A7C15UL) >> 60;
}
