using Lucene.Net.Documents;
using Lucene.Net.Search;
using SocialListening.Core.Mentions;

namespace SocialListening.Search.Lucene;

/// <summary>
/// How numbers are indexed. Counts (likes, shares, replies, followers, rating) are trie terms of one level
/// (precision step 64, the value itself): their values are few and repeat (heavy-tailed), so a range visits at most
/// their distinct values. Dates, risk and the sentiment score are doc values (which sorts and histograms read) plus one
/// coarse bucket term (the hour of a date, the hundredth of a score) under <see cref="BucketField"/>: their values are
/// nearly all distinct, and as trie terms (8 a date, 4 a score, most of them new terms of the segment) they were the
/// largest part of what a write cost, while a range needs only the buckets inside it and the doc values of its two end
/// buckets (<see cref="DocValuesRange"/>). Segments written before keep their trie terms, and ranges still read them
/// there: a step that is a multiple of the one they were written with (Lucene's default 4, then 8 for dates and 16
/// for scores; 64 for counts) finds exactly the same mentions (NumericRangeTests proves it on old segments).
/// </summary>
internal static class NumericPrecision
{
    public const int Counts = 64;

    /// <summary>The trie steps dates and scores were written with before their buckets (for old segments).</summary>
    public const int OldDates = 8;
    public const int OldScores = 16;

    private const long HourMilliseconds = 3_600_000;

    /// <summary>The trie field type of the counts and of the buckets.</summary>
    public static readonly FieldType CountType = Frozen(Int64Field.TYPE_NOT_STORED, Counts);

    /// <summary>The field holding the bucket term of a date or a score.</summary>
    public static string BucketField(string field) => "_" + field + "_bucket";

    /// <summary>The hour (since 1970, rounded down) of a date in milliseconds.</summary>
    public static long DateBucket(long milliseconds) => Math.DivRem(milliseconds, HourMilliseconds) is var (hours, rest) && rest < 0 ? hours - 1 : hours;

    /// <summary>The hundredth (rounded down) of a score; monotonic, so the buckets of a range's ends bound it.</summary>
    public static long ScoreBucket(double score) => double.IsNaN(score) ? 0 : (long)Math.Clamp(Math.Floor(score * 100), -1e15, 1e15);

    /// <summary>A range over a date (buckets and doc values) or a count (trie terms).</summary>
    public static Query Int64Range(string field, long? low, long? high, bool includeLow, bool includeHigh) =>
        MentionFields.Dates.Contains(field)
            ? DocValuesRange.Date(field, low, high, includeLow, includeHigh)
            : NumericRangeQuery.NewInt64Range(field, Counts, low, high, includeLow, includeHigh);

    /// <summary>A range over risk or the sentiment score (buckets and doc values).</summary>
    public static Query DoubleRange(string field, double? low, double? high, bool includeLow, bool includeHigh) =>
        DocValuesRange.Score(field, low, high, includeLow, includeHigh);

    private static FieldType Frozen(FieldType template, int step)
    {
        var type = new FieldType(template) { NumericPrecisionStep = step };
        type.Freeze();
        return type;
    }
}
