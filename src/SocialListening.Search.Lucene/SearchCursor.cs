using System.Globalization;
using System.Text;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SocialListening.Core.Index;

namespace SocialListening.Search.Lucene;

/// <summary>
/// Opaque page cursors: the sort values of the last hit (date or score, then the unique key), so the next page
/// starts right after it even while new mentions arrive. Base64url of "value|key".
/// </summary>
internal static class SearchCursor
{
    public static string Encode(FieldDoc last)
    {
        var first = last.Fields[0] switch
        {
            J2N.Numerics.Single f => f.ToSingle().ToString("R", CultureInfo.InvariantCulture),
            J2N.Numerics.Double d => d.ToDouble().ToString("R", CultureInfo.InvariantCulture),
            var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? "",
        };
        var key = ((BytesRef)last.Fields[1]).Utf8ToString();
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(first + "|" + key)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static FieldDoc Decode(string cursor, SearchSort sort)
    {
        try
        {
            var padded = cursor.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - padded.Length % 4) % 4);
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(padded));
            var bar = text.IndexOf('|', StringComparison.Ordinal);
            // Lucene.NET compares sort values as J2N boxed numbers, not as CLR ones.
            object first = sort switch
            {
                SearchSort.Relevance => J2N.Numerics.Single.GetInstance(float.Parse(text[..bar], CultureInfo.InvariantCulture)),
                SearchSort.Risk => J2N.Numerics.Double.GetInstance(double.Parse(text[..bar], CultureInfo.InvariantCulture)),
                _ => J2N.Numerics.Int64.GetInstance(long.Parse(text[..bar], CultureInfo.InvariantCulture)),
            };
            // Doc id int.MaxValue: a hit equal on every sort value is the cursor's own hit, already returned.
            return new FieldDoc(int.MaxValue, float.NaN, [first, new BytesRef(text[(bar + 1)..])]);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            throw new QuerySyntaxException(cursor, "The cursor is not one this index returned.");
        }
    }
}
