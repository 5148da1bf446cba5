namespace SocialListening.Analysis.Sentiment;

/// <summary>A text's feature vector: sorted distinct bucket indices and their values (counts scaled to unit length).</summary>
public readonly record struct SparseFeatures(int[] Indices, float[] Values)
{
    public int Count => Indices.Length;
}
