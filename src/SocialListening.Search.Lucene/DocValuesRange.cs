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
/// <param name="inRange">Whether a doc value (a date, or a score's bits) is inside the range.</param>
/// <param name="lowBucket">The bucket of the range's lower end.</param>
/// <param name="highBucket">The bucket of the range's upper end.</param>
/// <param name="trie">The same range over old segments' trie terms.</param>
internal sealed class DocValuesRange(string field, Func<long, bool> inRange, long lowBucket, long highBucket, Filter trie, string description) : Filter
{
    private readonly string _bucketField = NumericPrecision.BucketField(field);

    // The buckets strictly between the two ends, which match whole (none when the ends are the same or adjacent).
    private readonly Filter? _inner = highBucket - lowBucket > 1
        ? NumericRangeFilter.NewInt64Range(NumericPrecision.BucketField(field), NumericPrecision.Counts, lowBucket + 1, highBucket - 1, true, true)
        : null;

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
        var buckets = reader.GetTerms(_bucketField);
        var indexed = reader.FieldInfos.FieldInfo(field) is { IsIndexed: true };
        if (buckets is null)
        {
            return indexed ? trie.GetDocIdSet(context, acceptDocs) : null;
        }
        var result = new FixedBitSet(reader.MaxDoc);
        Or(result, _inner?.GetDocIdSet(context, acceptDocs));
        if (reader.GetNumericDocValues(field) is { } values)
        {
            var terms = buckets.GetEnumerator();
            var bytes = new BytesRef();
            DocsEnum? docs = null;
            foreach (var bucket in lowBucket == highBucket ? [lowBucket] : new[] { lowBucket, highBucket })
            {
                NumericUtils.Int64ToPrefixCodedBytes(bucket, 0, bytes);
                if (!terms.SeekExact(bytes))
                {
                    continue;
                }
                docs = terms.Docs(acceptDocs, docs, DocsFlags.NONE);
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    if (inRange(values.Get(doc)))
                    {
                        result.Set(doc);
                    }
                }
            }
        }
        if (indexed)
        {
            Or(result, trie.GetDocIdSet(context, acceptDocs));
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

    public override string ToString() => description + " (buckets and doc values)";
}
