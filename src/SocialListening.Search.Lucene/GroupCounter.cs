using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;

namespace SocialListening.Search.Lucene;

/// <summary>
/// Counts matching documents per group (a keyword value or a date bucket) and per second-level keyword value,
/// reading doc values segment by segment: no stored field is loaded, so aggregations stay fast on large indexes.
/// </summary>
internal sealed class GroupCounter(AggregationRequest request) : ICollector
{
    private static readonly string NoChild = "";
    // The key under which a segment's group keeps its own document count, next to the child ordinals (>= 0).
    private const long DocCount = -1;
    private readonly bool _byDate = MentionFields.Dates.Contains(request.GroupBy);
    private readonly Dictionary<string, Dictionary<string, long>> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<long, Dictionary<long, long>> _segmentCounts = [];
    private readonly BytesRef _scratch = new();
    private SortedSetDocValues? _groupValues;
    private NumericDocValues? _dateValues;
    private SortedSetDocValues? _childValues;
    private readonly List<long> _groupOrds = [];
    private readonly List<long> _childOrds = [];

    public long Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        var reader = context.AtomicReader;
        if (_byDate)
        {
            _dateValues = reader.GetNumericDocValues(request.GroupBy);
        }
        else
        {
            _groupValues = reader.GetSortedSetDocValues(request.GroupBy);
        }
        _childValues = request.ThenBy is null ? null : reader.GetSortedSetDocValues(request.ThenBy);
    }

    public void Collect(int doc)
    {
        Total++;
        _groupOrds.Clear();
        if (_byDate)
        {
            if (_dateValues is null)
            {
                return;
            }
            _groupOrds.Add(DateBuckets.Floor(_dateValues.Get(doc), request.Interval, request.TimeZoneOffset));
        }
        else
        {
            Ordinals(_groupValues, doc, _groupOrds);
            if (_groupOrds.Count == 0)
            {
                return;
            }
        }
        _childOrds.Clear();
        if (request.ThenBy is not null)
        {
            Ordinals(_childValues, doc, _childOrds);
        }
        foreach (var group in _groupOrds)
        {
            if (!_segmentCounts.TryGetValue(group, out var children))
            {
                _segmentCounts[group] = children = [];
            }
            children[DocCount] = children.GetValueOrDefault(DocCount) + 1;
            foreach (var child in _childOrds)
            {
                children[child] = children.GetValueOrDefault(child) + 1;
            }
        }
    }

    public AggregationResult Result()
    {
        FlushSegment();
        IEnumerable<KeyValuePair<string, Dictionary<string, long>>> groups = _counts;
        var buckets = groups.Select(g => new Bucket(
                g.Key,
                g.Value.GetValueOrDefault(NoChild),
                g.Value.Where(c => c.Key.Length > 0)
                    .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
                    .Select(c => new Bucket(c.Key, c.Value, [])).ToArray()));
        buckets = _byDate
            ? buckets.OrderBy(b => b.Key, StringComparer.Ordinal)
            : buckets.OrderByDescending(b => b.Count).ThenBy(b => b.Key, StringComparer.Ordinal).Take(request.Size);
        return new AggregationResult(Total, buckets.ToArray());
    }

    private static void Ordinals(SortedSetDocValues? values, int doc, List<long> into)
    {
        if (values is null)
        {
            return;
        }
        values.SetDocument(doc);
        long ord;
        while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            into.Add(ord);
        }
    }

    // Segment ordinals mean nothing across segments: turn them into strings when the segment ends.
    private void FlushSegment()
    {
        foreach (var (groupOrd, children) in _segmentCounts)
        {
            var group = _byDate ? DateBuckets.Format(groupOrd, request.Interval, request.TimeZoneOffset) : Lookup(_groupValues!, groupOrd);
            if (!_counts.TryGetValue(group, out var into))
            {
                _counts[group] = into = new Dictionary<string, long>(StringComparer.Ordinal);
            }
            foreach (var (childOrd, count) in children)
            {
                var child = childOrd == DocCount ? NoChild : Lookup(_childValues!, childOrd);
                into[child] = into.GetValueOrDefault(child) + count;
            }
        }
        _segmentCounts.Clear();
    }

    private string Lookup(SortedSetDocValues values, long ord)
    {
        values.LookupOrd(ord, _scratch);
        return _scratch.Utf8ToString();
    }
}
