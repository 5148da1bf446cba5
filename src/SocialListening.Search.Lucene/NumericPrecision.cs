using Lucene.Net.Documents;
using Lucene.Net.Search;
using SocialListening.Core.Mentions;

namespace SocialListening.Search.Lucene;

/// <summary>
/// How many bits each indexed term of a numeric field covers (Lucene's trie precision step). Lucene 4.8's default of
/// 4 indexes 16 terms for every long, which made the numbers the largest part of a mention's inverted terms. Dates
/// take 8 (8 terms; a date window still visits at most a few thousand terms), counts and scores 16 (4 terms; their
/// values are small, so a range rarely leaves the lowest level). A query must use a step that is a multiple of the
/// one the index was written with: 8 and 16 are multiples of 4, so indexes written before this change still answer
/// every range correctly (LuceneNumericPrecisionTests proves it on a step-4 segment).
/// </summary>
internal static class NumericPrecision
{
    public const int Dates = 8;
    public const int Numbers = 16;

    private static readonly FieldType DateType = Frozen(Int64Field.TYPE_NOT_STORED, Dates);
    private static readonly FieldType LongType = Frozen(Int64Field.TYPE_NOT_STORED, Numbers);

    public static int For(string field) => MentionFields.Dates.Contains(field) ? Dates : Numbers;

    public static FieldType Int64TypeFor(string field) => MentionFields.Dates.Contains(field) ? DateType : LongType;

    /// <summary>Risk and sentiment score: scores, never dates.</summary>
    public static readonly FieldType DoubleType = Frozen(DoubleField.TYPE_NOT_STORED, Numbers);

    public static Query Int64Range(string field, long? low, long? high, bool includeLow, bool includeHigh) =>
        NumericRangeQuery.NewInt64Range(field, For(field), low, high, includeLow, includeHigh);

    public static Query DoubleRange(string field, double? low, double? high, bool includeLow, bool includeHigh) =>
        NumericRangeQuery.NewDoubleRange(field, For(field), low, high, includeLow, includeHigh);

    private static FieldType Frozen(FieldType template, int step)
    {
        var type = new FieldType(template) { NumericPrecisionStep = step };
        type.Freeze();
        return type;
    }
}
