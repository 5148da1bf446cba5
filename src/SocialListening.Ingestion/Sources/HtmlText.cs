using AngleSharp.Html.Parser;

namespace SocialListening.Ingestion.Sources;

/// <summary>Plain text from an HTML fragment (Mastodon content, feed descriptions): tags dropped, blocks on new lines.</summary>
public static class HtmlText
{
    public static string ToText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }
        if (!html.Contains('<') && !html.Contains('&'))
        {
            return html.Trim();
        }
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        var body = document.Body!;
        foreach (var element in body.QuerySelectorAll("br"))
        {
            element.Replace(document.CreateTextNode("\n"));
        }
        foreach (var element in body.QuerySelectorAll("p, div, li, h1, h2, h3, h4, blockquote"))
        {
            element.Append(document.CreateTextNode("\n"));
        }
        foreach (var element in body.QuerySelectorAll("script, style"))
        {
            element.Remove();
        }
        var lines = body.TextContent.Split('\n').Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        return string.Join('\n', lines.Where(l => l.Length > 0));
    }
}
