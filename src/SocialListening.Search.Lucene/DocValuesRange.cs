using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SocialListening.Search.Lucene;

/// <summary>
/// A range over a date or a score (risk, sentiment score), which are indexed as a doc value and one coarse bucket term
/// (<see cref="NumericPrecision"/>): the buckets strictly inside the range match whole, from their terms; the
/// mentions of the two buckets at its ends are checked one by one against their doc values. Exact, and a month's
/// window visits about 720 hour terms and checks a few hundred values.
/// <para>Segments written before hold trie terms instead of buckets (and, for the dates and risk, the same doc values):
/// where a segment indexes the field itself, the trie range (at a step that is a multiple of the one they were written
/// with) is added to what its buckets find, so a segment merged from old and new mentions answers for both.</para>
/// </summary>
internal sealed class DocValuesRange : Filter
{
    private readonly string _field;
    private readonly Func<long, bool> _inRange;
    private readonly long _lowBucket;
    private readonly long _highBucket;
    private readonly Filter _trie;
    private readonly string _description;

    private DocValuesRange(string field, Func<long, bool> inRange, long lowBucket, long highBucket, Filter trie, string description)
    {
        _field = field;
        _inRange = inRange;
        _lowBucket = lowBucket;
        _highBucket = highBucket;
        _trie = trie;
        _description = description;
    }

    /// <summary>Dates (milliseconds) from <paramref name="low"/> to <paramref name="high"/> (null: open).</summary>
    public static Query Date(string field, long? low, long? high, bool includeLow, bool includeHigh)
    {
        var lower = low ?? long.MinValue;
        var upper = high ?? long.MaxValue;
        if ((low is not null && !includeLow && lower == long.MaxValue) || (high is not null && !includeHigh && upper == long.MinValue))
        {
            return new BooleanQuery();
        }
        if (low is not null && !includeLow)
        {
            lower++;
        }
        if (high is not null && !includeHigh)
        {
            upper--;
        }
        var trie = NumericRangeFilter.NewInt64Range(field, NumericPrecision.OldDates, lower, upper, true, true);
        return new ConstantScoreQuery(new DocValuesRange(field, value => value >= lower && value <= upper,
            NumericPrecision.DateBucket(lower), NumericPrecision.DateBucket(upper), trie, $"{field}:[{lower} TO {upper}]"));
    }

    /// <summary>Scores from <paramref name="low"/> to <paramref name="high"/> (null: open); NaN is in no range.</summary>
    public static Query Score(string field, double? low, double? high, bool includeLow, bool includeHigh)
    {
        var lower = low ?? double.NegativeInfinity;
        var upper = high ?? double.PositiveInfinity;
        if (low is not null && !includeLow)
        {
            lower = Math.BitIncrement(lower);
        }
        if (high is not null && !includeHigh)
        {
            upper = Math.BitDecrement(upper);
        }
        var trie = NumericRangeFilter.NewDoubleRange(field, NumericPrecision.OldScores, lower, upper, true, true);
        return new ConstantScoreQuery(new DocValuesRange(field, bits => BitConverter.Int64BitsToDouble(bits) is var value && value >= lower && value <= upper,
            NumericPrecision.ScoreBucket(lower), NumericPrecision.ScoreBucket(upper), trie, $"{field}:[{lower} TO {upper}]"));
    }

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var reader = context.AtomicReader;
        var buckets = reader.GetTerms(NumericPrecision.BucketField(_field));
        var indexed = reader.FieldInfos.FieldInfo(_field) is { IsIndexed: true };
        if (buckets is null)
        {
            return indexed ? _trie.GetDocIdSet(context, acceptDocs) : null;
        }
        var result = new FixedBitSet(reader.MaxDoc);
        if (_highBucket - _lowBucket > 1)
        {
            var inner = NumericRangeFilter.NewInt64Range(NumericPrecision.BucketField(_field), NumericPrecision.Counts, _lowBucket + 1, _highBucket - 1, true, true);
            Or(result, inner.GetDocIdSet(context, acceptDocs));
        }
        if (reader.GetNumericDocValues(_field) is { } values)
        {
            var terms = buckets.GetEnumerator();
            var bytes = new BytesRef();
            DocsEnum? docs = null;
            foreach (var bucket in _lowBucket == _highBucket ? [_lowBucket] : new[] { _lowBucket, _highBucket })
            {
                NumericUtils.Int64ToPrefixCodedBytes(bucket, 0, bytes);
                if (!terms.SeekExact(bytes))
                {
                    continue;
                }
                docs = terms.Docs(acceptDocs, docs, DocsFlags.NONE);
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    if (_inRange(values.Get(doc)))
                    {
                        result.Set(doc);
                    }
                }
            }
        }
        if (indexed)
        {
            Or(result, _trie.GetDocIdSet(context, acceptDocs));
        }
        return result;
    }

    private static void Or(FixedBitSet result, DocIdSet? set)
    {
        if (set?.GetIterator() is { } iterator)
        {
            result.Or(iterator);
        }
    }

    public override string ToString() => _description + " (buckets and doc values)";
}
