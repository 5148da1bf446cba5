using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Logging;
using SocialListening.Core.Mentions;
using SocialListening.Core.Sources;
using SocialListening.Ingestion.Http;
using SocialListening.Ingestion.Sources.Rss;

namespace SocialListening.Ingestion.Sources.Reviews;

/// <summary>
/// Reviews on a web page (review sites, shops): schema.org Review in JSON-LD, else in microdata, else found with the
/// CSS selectors configured for the site (<c>review_selector</c>, <c>text_selector</c>, <c>author_selector</c>,
/// <c>date_selector</c>, <c>rating_selector</c>, <c>title_selector</c>). Fetched with a conditional GET.
/// </summary>
public sealed class ReviewPageSource(SourceDefinition definition, SourceServices services) : ISource
{
    private readonly ILogger _logger = services.Logs.CreateLogger<ReviewPageSource>();
    private readonly Uri _page = definition.RequiredUri();

    public string Name => definition.Name;

    public async IAsyncEnumerable<SourceBatch> FetchAsync(SourceCursor cursor, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var fetch = await services.Http.GetAsync(_page, new ConditionalHeaders(cursor.ETag, cursor.LastModified), "text/html, application/xhtml+xml;q=0.9", cancellationToken).ConfigureAwait(false);
        if (fetch.NotModified)
        {
            yield break;
        }
        // From the bytes, so the parser honours the page's declared charset (many French shops still serve ISO-8859-1).
        var document = await new HtmlParser().ParseDocumentAsync(new MemoryStream(fetch.Body), cancellationToken).ConfigureAwait(false);
        var reviews = FromJsonLd(document);
        if (reviews.Count == 0)
        {
            reviews = FromMicrodata(document);
        }
        if (reviews.Count == 0 && definition.Parameter("review_selector") is { } selector)
        {
            reviews = FromSelectors(document, selector);
        }
        var mentions = new List<Mention>();
        var skipped = 0;
        foreach (var review in reviews)
        {
            if (ToMention(review) is { } mention)
            {
                mentions.Add(mention);
            }
            else
            {
                skipped++;
                _logger.LogWarning("{Source}: skipped a review without text ({Title})", Name, review.Title);
            }
        }
        if (reviews.Count == 0)
        {
            _logger.LogWarning("{Source}: no review found on {Url}", Name, _page);
        }
        yield return new SourceBatch(mentions, cursor with { ETag = fetch.ETag, LastModified = fetch.LastModified }, skipped);
    }

    private List<ReviewRecord> FromJsonLd(IDocument document)
    {
        var reviews = new List<ReviewRecord>();
        var aggregates = new List<(double Value, double Best, long Count)>();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                JsonLdReviews.Collect(json.RootElement, reviews, aggregates);
            }
            catch (JsonException e)
            {
                _logger.LogWarning("{Source}: skipped a malformed JSON-LD block ({Error})", Name, e.Message);
            }
        }
        foreach (var (value, best, count) in aggregates)
        {
            _logger.LogInformation("{Source}: aggregate rating {Value}/{Best} over {Count} reviews", Name, value, best, count);
        }
        return reviews;
    }

    private static List<ReviewRecord> FromMicrodata(IDocument document) =>
        document.QuerySelectorAll("[itemscope][itemtype*='schema.org/Review']").Select(scope => new ReviewRecord(
            scope.GetAttribute("itemid"),
            Prop(scope, "author") is { } author ? (Prop(author, "name") is { } name ? Content(name) : Content(author)) : null,
            Prop(scope, "name") is { } title ? Content(title) : null,
            Prop(scope, "reviewBody") is { } body ? Content(body) : Prop(scope, "description") is { } description ? Content(description) : null,
            Prop(scope, "datePublished") is { } date ? Content(date) : null,
            Prop(scope, "ratingValue") is { } rating ? RatingScale.ToStars(Content(rating), Prop(scope, "bestRating") is { } best ? Content(best) : null) : null)).ToList();

    // The first itemprop of that name belonging to this item, not to an item nested in it (an author's name is not
    // the review's title); the rating's values are the exception, as they live in the nested Rating item.
    private static IElement? Prop(IElement scope, string name) =>
        scope.QuerySelectorAll($"[itemprop='{name}']").FirstOrDefault(e => Owner(e) == scope || name is "ratingValue" or "bestRating");

    private static IElement? Owner(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.HasAttribute("itemscope"))
            {
                return parent;
            }
        }
        return null;
    }

    private static string Content(IElement element) =>
        (element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? element.TextContent).Trim();

    private List<ReviewRecord> FromSelectors(IDocument document, string reviewSelector)
    {
        string? Select(IElement scope, string parameter) =>
            definition.Parameter(parameter) is { } selector && scope.QuerySelector(selector) is { } element ? Content(element) : null;
        try
        {
            return document.QuerySelectorAll(reviewSelector).Select(scope => new ReviewRecord(
                scope.GetAttribute("id"),
                Select(scope, "author_selector"),
                Select(scope, "title_selector"),
                Select(scope, "text_selector") ?? scope.TextContent.Trim(),
                Select(scope, "date_selector"),
                RatingScale.ToStars(Select(scope, "rating_selector"), definition.Parameter("rating_scale")))).ToList();
        }
        catch (AngleSharp.Dom.DomException e)
        {
            throw new SourceConfigurationException($"source '{Name}' (reviews): a CSS selector is invalid ({e.Message}).");
        }
    }

    private Mention? ToMention(ReviewRecord review)
    {
        var text = review.Text is null ? "" : HtmlText.ToText(review.Text);
        if (text.Length == 0)
        {
            return null;
        }
        var published = FeedParser.Date(review.Date);
        // Reviews rarely carry ids: hash what identifies one, so the next crawl of the page updates it in place.
        var id = review.Id ?? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{review.Author}\u001f{review.Date}\u001f{text}")))[..32];
        return new Mention
        {
            Id = id,
            Source = Name,
            Title = review.Title,
            Text = text,
            PublishedAt = published ?? services.Time.GetUtcNow(),
            Url = _page.ToString(),
            Author = review.Author,
            Lang = definition.Parameter("lang"),
            Rating = review.Rating,
        };
    }
}
