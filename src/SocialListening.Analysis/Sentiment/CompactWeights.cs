using System.Numerics;

namespace SocialListening.Analysis.Sentiment;

/// <summary>
/// The weight rows of a linear classifier without its all-zero rows, for the scorer. A trained 2^18-bucket table is
/// three quarters zeros (features never seen in training), and the full table (3 MB) does not fit the processor's
/// second-level cache while the non-zero rows (under 1 MB for a language) nearly do. A bitmap with a running count
/// every 64 buckets (64 KB) turns a bucket into its row; every bucket with no row reads one shared zero row, so a
/// text's sums are exactly those of the full table (adding a zero changes no sum).
/// </summary>
internal sealed class CompactWeights
{
    private readonly Block[] _blocks;

    public CompactWeights(ReadOnlySpan<float> weights, int classes)
    {
        var buckets = weights.Length / classes;
        _blocks = new Block[(buckets + 63) / 64];
        var rows = new List<float>();
        for (var bucket = 0; bucket < buckets; bucket++)
        {
            var row = weights.Slice(bucket * classes, classes);
            ref var block = ref _blocks[bucket / 64];
            if (bucket % 64 == 0)
            {
                block.Rank = rows.Count / classes;
            }
            if (row.ContainsAnyExcept(0f))
            {
                block.Bits |= 1ul << (bucket % 64);
                foreach (var w in row)
                {
                    rows.Add(w);
                }
            }
        }
        ZeroRow = rows.Count;
        // The zero row, then one float more, so that four floats (one vector) can be read from any row.
        rows.AddRange(Enumerable.Repeat(0f, classes + 1));
        Rows = [.. rows];
        Classes = classes;
    }

    /// <summary>The non-zero rows one after another, then one row of zeros and one zero more.</summary>
    public float[] Rows { get; }

    public int Classes { get; }

    /// <summary>Where the zero row starts in <see cref="Rows"/>.</summary>
    public int ZeroRow { get; }

    /// <summary>Where the row of <paramref name="bucket"/> starts in <see cref="Rows"/>.</summary>
    public int RowStart(int bucket)
    {
        var block = _blocks[bucket >> 6];
        var bit = 1ul << (bucket & 63);
        var below = block.Bits & (bit - 1);
        return (block.Bits & bit) != 0 ? (block.Rank + BitOperations.PopCount(below)) * Classes : ZeroRow;
    }

    private struct Block
    {
        public ulong Bits;
        public int Rank;
    }
}
