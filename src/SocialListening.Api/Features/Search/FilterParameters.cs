using Microsoft.AspNetCore.Mvc;
using SocialListening.Api.Hosting;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;

namespace SocialListening.Api.Features.Search;

/// <summary>
/// The filters every read endpoint takes: a query in the classic syntax and exact-value filters (repeat a parameter
/// for several values: brand=a&amp;brand=b), and a published_at window (ISO dates; a bare `to` date is inclusive).
/// </summary>
public sealed class FilterParameters
{
    [FromQuery(Name = "q")] public string? Query { get; init; }
    [FromQuery(Name = "brand")] public string[]? Brand { get; init; }
    [FromQuery(Name = "theme")] public string[]? Theme { get; init; }
    [FromQuery(Name = "source")] public string[]? Source { get; init; }
    [FromQuery(Name = "lang")] public string[]? Lang { get; init; }
    [FromQuery(Name = "sentiment")] public string[]? Sentiment { get; init; }
    [FromQuery(Name = "stage")] public string[]? Stage { get; init; }
    [FromQuery(Name = "from")] public string? From { get; init; }
    [FromQuery(Name = "to")] public string? To { get; init; }

    public MentionFilter ToFilter()
    {
        var filter = new MentionFilter
        {
            Query = string.IsNullOrWhiteSpace(Query) ? "*:*" : Query,
            From = Date(From, "from", endOfDay: false),
            To = Date(To, "to", endOfDay: true),
        };
        foreach (var (field, values) in new[]
        {
            (MentionFields.Brand, Brand), (MentionFields.Theme, Theme), (MentionFields.Source, Source),
            (MentionFields.Lang, Lang), (MentionFields.Sentiment, Sentiment), (MentionFields.Stage, Stage),
        })
        {
            var kept = values?.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToArray();
            if (kept is { Length: > 0 })
            {
                filter = filter.WithTerm(field, kept);
            }
        }
        return filter;
    }

    /// <summary>The filter without the values given for one field (a facet counts across its own values).</summary>
    public static MentionFilter Without(MentionFilter filter, string field) =>
        filter with { Terms = filter.Terms.Where(t => t.Key != field).ToDictionary() };

    private static DateTimeOffset? Date(string? text, string parameter, bool endOfDay) =>
        string.IsNullOrWhiteSpace(text) ? null
        : IsoDates.TryParse(text, endOfDay, out var value) ? value
        : throw new ApiValidationException(parameter, $"'{text}' is not {IsoDates.Help}.");
}
