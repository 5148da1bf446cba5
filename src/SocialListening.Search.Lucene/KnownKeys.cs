using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SocialListening.Search.Lucene;

/// <summary>
/// The keys of the mentions the index holds, as 32-bit hashes of their bytes, so that a write asks the terms
/// dictionary only about keys it may hold: asking about every key of a batch (one terms seek per segment, and the
/// segments grow in number with the index) was about 5 % of an import's CPU at 300,000 mentions, nearly all of it for
/// keys that were new. A key whose hash is absent is certainly new; one whose hash is present is looked up (a
/// mention replaced, or one hash in about 4,000 at a million keys shared by chance). Keys deleted since (retention,
/// erasure) stay in the set, which only costs their lookups. About 16 bytes a key: 16 MB at a million mentions.
/// </summary>
internal sealed class KnownKeys
{
    private readonly HashSet<int> _hashes;

    private KnownKeys(HashSet<int> hashes) => _hashes = hashes;

    /// <summary>The keys of every segment of <paramref name="reader"/>, deleted documents' included.</summary>
    public static KnownKeys Of(IndexReader reader)
    {
        var hashes = new HashSet<int>(reader.MaxDoc);
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(IndexFields.Key)?.GetEnumerator();
            while (terms is not null && terms.MoveNext())
            {
                hashes.Add(Hash(terms.Term));
            }
        }
        return new KnownKeys(hashes);
    }

    /// <summary>False when the index certainly does not hold <paramref name="key"/>.</summary>
    public bool MayContain(BytesRef key) => _hashes.Contains(Hash(key));

    /// <summary>Records a key written to the index.</summary>
    public void Add(BytesRef key) => _hashes.Add(Hash(key));

    private static int Hash(BytesRef key) => StringHelper.Murmurhash3_x86_32(key, StringHelper.GoodFastHashSeed);
}
