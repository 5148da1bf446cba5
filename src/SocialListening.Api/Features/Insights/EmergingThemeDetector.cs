using SocialListening.Core.Index;
using SocialListening.Core.Mentions;

namespace SocialListening.Api.Features.Insights;

/// <summary>
/// Themes whose mentions in the last <c>days</c> exceed their average over the (up to four) windows before. The recent
/// window ends at the caller's `to`, else at the newest mention (so an index loaded from an archive still has a
/// "recent" period), never after now. Growth is smoothed ((recent + 1) / (baseline + 1)) so that a theme going from 0
/// to 1 mention is not called emerging; it must also reach <see cref="MinimumMentions"/>.
/// </summary>
public sealed class EmergingThemeDetector(IMentionIndex index, TimeProvider time)
{
    public const int BaselineWindows = 4;
    public const double MinimumGrowth = 1.5;
    public const long MinimumMentions = 5;

    public async Task<EmergingThemes> DetectAsync(string? brand, MentionFilter filter, int days, CancellationToken ct)
    {
        var scoped = brand is null ? filter : filter.WithTerm(MentionFields.Brand, brand);
        // Just after the newest mention, so that the window's exclusive end keeps it.
        var end = filter.To ?? (await EdgeAsync(scoped, SearchSort.Newest, ct).ConfigureAwait(false))?.AddSeconds(1) ?? time.GetUtcNow();
        if (end > time.GetUtcNow())
        {
            end = time.GetUtcNow();
        }
        var window = TimeSpan.FromDays(days);
        var recentStart = end - window;
        var baselineStart = recentStart - window * BaselineWindows;
        // Windows before the oldest mention hold no data, not zero mentions: the baseline averages the covered span only.
        var oldest = await EdgeAsync(scoped, SearchSort.Oldest, ct).ConfigureAwait(false) ?? baselineStart;
        if (oldest > baselineStart)
        {
            baselineStart = oldest;
        }
        var baselineWindows = Math.Max(0, (recentStart - baselineStart) / window);
        var recent = await CountsAsync(scoped with { From = recentStart, To = end }, ct).ConfigureAwait(false);
        var before = baselineWindows <= 0 ? [] : await CountsAsync(scoped with { From = baselineStart, To = recentStart }, ct).ConfigureAwait(false);
        var themes = recent.Keys.Union(before.Keys)
            .Select(theme =>
            {
                var now = recent.GetValueOrDefault(theme);
                var baseline = baselineWindows <= 0 ? 0 : before.GetValueOrDefault(theme) / baselineWindows;
                var growth = (now + 1) / (baseline + 1);
                return new EmergingTheme(theme, now, Math.Round(baseline, 2), Math.Round(growth, 3), growth >= MinimumGrowth && now >= MinimumMentions);
            })
            .OrderByDescending(t => t.Emerging).ThenByDescending(t => t.Growth).ThenBy(t => t.Theme, StringComparer.Ordinal)
            .ToArray();
        return new EmergingThemes(brand, recentStart, end, days, themes);
    }

    private async Task<DateTimeOffset?> EdgeAsync(MentionFilter filter, SearchSort sort, CancellationToken ct)
    {
        var page = await index.SearchAsync(new SearchRequest(filter) { Limit = 1, Sort = sort }, ct).ConfigureAwait(false);
        return page.Hits.Count == 0 ? null : page.Hits[0].PublishedAt;
    }

    private async Task<Dictionary<string, long>> CountsAsync(MentionFilter filter, CancellationToken ct)
    {
        var result = await index.AggregateAsync(new AggregationRequest(filter, MentionFields.Theme) { Size = 1000 }, ct).ConfigureAwait(false);
        return result.Buckets.ToDictionary(b => b.Key, b => b.Count);
    }
}
