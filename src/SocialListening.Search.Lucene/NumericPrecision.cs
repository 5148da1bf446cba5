using Lucene.Net.Documents;
using Lucene.Net.Search;
using SocialListening.Core.Mentions;

namespace SocialListening.Search.Lucene;

/// <summary>
/// How many bits each indexed term of a numeric field covers (Lucene's trie precision step). Lucene 4.8's default of
/// 4 indexes 16 terms for every long, which made the numbers the largest part of a mention's inverted terms. Dates
/// take 8 (8 terms; a date window still visits at most a few thousand terms); scores (risk, sentiment score) 16 (4
/// terms: their values are many and close, so a range needs the coarser levels); counts (likes, shares, replies,
/// followers, rating) 64, one term, the value itself: their values are few and repeat (heavy-tailed), so a range
/// visits at most their distinct values, and the counts' 20 terms a mention were a fifth of all its terms. A query
/// must use a step that is a multiple of the one the index was written with: 8, 16 and 64 are multiples of 4 and 64 of
/// 16, so indexes written before these changes still answer every range correctly (NumericRangeTests proves it on a
/// step-4 segment).
/// </summary>
internal static class NumericPrecision
{
    public const int Dates = 8;
    public const int Scores = 16;
    public const int Counts = 64;

    private static readonly FieldType DateType = Frozen(Int64Field.TYPE_NOT_STORED, Dates);
    private static readonly FieldType CountType = Frozen(Int64Field.TYPE_NOT_STORED, Counts);

    /// <summary>The step of a long field: a date or a count.</summary>
    public static int For(string field) => MentionFields.Dates.Contains(field) ? Dates : Counts;

    public static FieldType Int64TypeFor(string field) => MentionFields.Dates.Contains(field) ? DateType : CountType;

    /// <summary>Risk and sentiment score: scores, never dates.</summary>
    public static readonly FieldType DoubleType = Frozen(DoubleField.TYPE_NOT_STORED, Scores);

    public static Query Int64Range(string field, long? low, long? high, bool includeLow, bool includeHigh) =>
        NumericRangeQuery.NewInt64Range(field, For(field), low, high, includeLow, includeHigh);

    public static Query DoubleRange(string field, double? low, double? high, bool includeLow, bool includeHigh) =>
        NumericRangeQuery.NewDoubleRange(field, Scores, low, high, includeLow, includeHigh);

    private static FieldType Frozen(FieldType template, int step)
    {
        var type = new FieldType(template) { NumericPrecisionStep = step };
        type.Freeze();
        return type;
    }
}
