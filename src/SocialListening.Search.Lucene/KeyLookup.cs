using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SocialListening.Search.Lucene;

/// <summary>
/// Answers "is this mention already indexed?" for a whole batch: the index's <see cref="KnownKeys"/> first, then, for a
/// key it may hold, one terms enumerator per segment, reused for every key, instead of a merged view of all segments
/// built per key. Every key asked about is recorded in <paramref name="known"/>, as the batch is about to write it.
/// </summary>
internal sealed class KeyLookup(IndexReader reader, KnownKeys known)
{
    private readonly (TermsEnum? Terms, IBits? Live)[] _segments = reader.Leaves
        .Select(leaf => (leaf.AtomicReader.GetTerms(IndexFields.Key)?.GetEnumerator(), (IBits?)leaf.AtomicReader.LiveDocs))
        .ToArray();

    private readonly BytesRef _scratch = new();
    private DocsEnum? _docs;

    public bool Contains(string key)
    {
        _scratch.CopyChars(key);
        if (!known.MayContain(_scratch))
        {
            known.Add(_scratch);
            return false;
        }
        foreach (var (terms, live) in _segments)
        {
            if (terms is null || !terms.SeekExact(_scratch))
            {
                continue;
            }
            _docs = terms.Docs(live, _docs, DocsFlags.NONE);
            if (_docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                return true;
            }
        }
        return false;
    }
}
