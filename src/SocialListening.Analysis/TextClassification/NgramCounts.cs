using System.Runtime.CompilerServices;

namespace SocialListening.Analysis.TextClassification;

/// <summary>
/// One text's n-gram counts for one model and one block (characters or words), with the running sum of the weights
/// and of the squared counts, so the block's L2-normalised contribution comes without a second pass. Per thread,
/// reset through the list of touched slots rather than the whole array.
/// </summary>
internal sealed class NgramCounts(int slots, int classes)
{
    private readonly int[] _counts = new int[slots];
    private readonly List<int> _touched = new(1024);
    private readonly double[] _sums = new double[classes];
    private double _squares;

    public void Begin()
    {
        foreach (var slot in _touched)
        {
            _counts[slot] = 0;
        }
        _touched.Clear();
        _squares = 0;
        Array.Clear(_sums);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Count(int slot, float[] weights)
    {
        if (slot < 0)
        {
            return;
        }
        var before = _counts[slot]++;
        if (before == 0)
        {
            _touched.Add(slot);
        }
        _squares += 2 * before + 1;
        var row = slot * _sums.Length;
        for (var k = 0; k < _sums.Length; k++)
        {
            _sums[k] += weights[row + k];
        }
    }

    /// <summary>Adds the block's weight sums divided by its L2 norm, as ML.NET's FeaturizeText normalises each block.</summary>
    public void AddNormalised(Span<double> output)
    {
        if (_squares == 0)
        {
            return;
        }
        var norm = Math.Sqrt(_squares);
        for (var k = 0; k < _sums.Length; k++)
        {
            output[k] += _sums[k] / norm;
        }
    }
}
