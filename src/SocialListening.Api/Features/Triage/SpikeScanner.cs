using System.Globalization;
using SocialListening.Core.Brands;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Core.Spikes;

namespace SocialListening.Api.Features.Triage;

/// <summary>
/// Spikes in each brand's hourly mentions, by <see cref="SpikeDetector"/> over the index's hourly counts. The window
/// ends at the newest mention (never after now), so an archive shows its spikes too.
/// </summary>
public sealed class SpikeScanner(IMentionIndex index, TimeProvider time)
{
    public async Task<SpikeReport> ScanAsync(IReadOnlyList<string> brands, MentionFilter filter, int days, CancellationToken ct)
    {
        var scoped = filter.WithTerm(MentionFields.Brand, [.. brands]);
        var newest = await index.SearchAsync(new SearchRequest(scoped) { Limit = 1 }, ct).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var endHour = Floor(newest.Hits.Count == 0 || newest.Hits[0].PublishedAt > now ? now : newest.Hits[0].PublishedAt).AddHours(1);
        var start = endHour.AddDays(-days);
        var hours = (int)(endHour - start).TotalHours;
        var result = await index.AggregateAsync(
            new AggregationRequest(scoped with { From = start, To = endHour }, MentionFields.PublishedAt) { Interval = DateInterval.Hour, ThenBy = MentionFields.Brand, Size = 1000 }, ct)
            .ConfigureAwait(false);
        var counts = brands.ToDictionary(b => b, _ => new long[hours], StringComparer.OrdinalIgnoreCase);
        foreach (var bucket in result.Buckets)
        {
            var i = (int)(DateTimeOffset.Parse(bucket.Key, CultureInfo.InvariantCulture) - start).TotalHours;
            if (i < 0 || i >= hours)
            {
                continue;
            }
            foreach (var child in bucket.Children)
            {
                if (counts.TryGetValue(child.Key, out var series))
                {
                    series[i] = child.Count;
                }
            }
        }
        var report = brands.Select(brand =>
        {
            var series = new HourlyCounts(brand, start, counts[brand]);
            var spikes = SpikeDetector.Scan(series).Where(s => s.IsSpike)
                .Select(s => new SpikeHour(s.Hour, s.Observed, Math.Round(s.Expected, 2), Math.Round(s.Score, 2), s.PValue))
                .ToArray();
            return new BrandSpikes(brand, start, counts[brand], spikes);
        }).ToArray();
        return new SpikeReport(start, endHour, report);
    }

    private static DateTimeOffset Floor(DateTimeOffset t)
    {
        var utc = t.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }
}
