using System.Globalization;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;

namespace SocialListening.Core.Spikes;

/// <summary>
/// Spikes in the hourly mentions of each brand or theme, by <see cref="SpikeDetector"/> over the index's hourly
/// counts (one aggregation by published_at hour, then by the field). The window ends at the newest mention in scope
/// (never after now), so an archive shows its spikes too. Each spike hour is explained by the dominant sentiment of
/// its mentions, the key phrases (<paramref name="phrases"/>, when given) and the words (<see cref="SpikeTerms"/>)
/// that rose most against the previous 7 days.
/// </summary>
public sealed class SpikeScanner(IMentionIndex index, TimeProvider time, SpikeOptions? options = null, ISpikePhrases? phrases = null)
{
    private const int SampleSize = 500;

    /// <param name="field">brand or theme.</param>
    /// <param name="keys">The brands or themes to scan.</param>
    /// <param name="days">Length of the window (history included) ending at the newest mention.</param>
    public async Task<SpikeReport> ScanAsync(string field, IReadOnlyList<string> keys, MentionFilter filter, int days, CancellationToken ct, bool explain = true)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(filter);
        var scoped = filter.WithTerm(field, [.. keys]);
        var newest = await index.SearchAsync(new SearchRequest(scoped) { Limit = 1 }, ct).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var endHour = Floor(newest.Hits.Count == 0 || newest.Hits[0].PublishedAt > now ? now : newest.Hits[0].PublishedAt).AddHours(1);
        var start = endHour.AddDays(-days);
        var hours = (int)(endHour - start).TotalHours;
        var result = await index.AggregateAsync(
            new AggregationRequest(scoped with { From = start, To = endHour }, MentionFields.PublishedAt) { Interval = DateInterval.Hour, ThenBy = field, Size = 1000 }, ct)
            .ConfigureAwait(false);
        var counts = keys.Distinct(StringComparer.OrdinalIgnoreCase).ToDictionary(k => k, _ => new long[hours], StringComparer.OrdinalIgnoreCase);
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
        var report = new List<BrandSpikes>();
        foreach (var (key, series) in counts)
        {
            var spikes = new List<SpikeHour>();
            foreach (var s in SpikeDetector.Scan(new HourlyCounts(key, start, series), options).Where(s => s.IsSpike))
            {
                var hour = new SpikeHour(s.Hour, s.Observed, Math.Round(s.Expected, 2), Math.Round(s.Score, 2), s.PValue);
                spikes.Add(explain ? await ExplainAsync(hour, field, key, filter, ct).ConfigureAwait(false) : hour);
            }
            report.Add(new BrandSpikes(key, start, series, spikes) { Field = field });
        }
        return new SpikeReport(start, endHour, report);
    }

    /// <summary>Adds the dominant sentiment, growing phrases and top terms of the hour's mentions of <paramref name="key"/>.</summary>
    public async Task<SpikeHour> ExplainAsync(SpikeHour hour, string field, string key, MentionFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(hour);
        var scoped = (filter ?? MentionFilter.All).WithTerm(field, key);
        var inHour = scoped with { From = hour.Hour, To = hour.Hour.AddHours(1) };
        var sentiment = await index.AggregateAsync(new AggregationRequest(inHour, MentionFields.Sentiment), ct).ConfigureAwait(false);
        var scored = sentiment.Buckets.Sum(b => b.Count);
        var top = sentiment.Buckets.OrderByDescending(b => b.Count).ThenBy(b => b.Key, StringComparer.Ordinal).FirstOrDefault();
        var spikeMentions = await SampleAsync(inHour, ct).ConfigureAwait(false);
        var spikeTexts = Texts(spikeMentions);
        var baselineTexts = Texts(await SampleAsync(scoped with { From = hour.Hour.AddDays(-7), To = hour.Hour }, ct).ConfigureAwait(false));
        var exclude = SpikeTerms.Words(key.Replace('-', ' '));
        // The brands the mentions name are in most of them, spike or not: a theme's phrases leave them out too
        // (the top terms keep them, which says which brand the theme's spike is about).
        var brands = spikeMentions.SelectMany(m => m.Enrichment.Brands).SelectMany(b => SpikeTerms.Words(b.Replace('-', ' '))).Concat(exclude).ToHashSet(StringComparer.Ordinal);
        return hour with
        {
            Sentiment = top?.Key,
            SentimentShare = top is null || scored == 0 ? null : Math.Round((double)top.Count / scored, 2),
            TopTerms = SpikeTerms.Top(spikeTexts, baselineTexts, exclude: exclude),
            Phrases = phrases?.Growing(spikeTexts, baselineTexts, 5, brands) ?? [],
        };
    }

    private async Task<IReadOnlyList<Mention>> SampleAsync(MentionFilter filter, CancellationToken ct) =>
        (await index.SearchAsync(new SearchRequest(filter) { Limit = SampleSize }, ct).ConfigureAwait(false)).Hits;

    private static string[] Texts(IReadOnlyList<Mention> mentions) =>
        [.. mentions.Select(m => m.Title is { Length: > 0 } title ? title + " " + m.Text : m.Text)];

    private static DateTimeOffset Floor(DateTimeOffset t)
    {
        var utc = t.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }
}
