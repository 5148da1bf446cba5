using System.Globalization;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Core.Spikes;

namespace SocialListening.Ingestion.Alerts;

/// <summary>
/// Evaluates alert rules against the index and posts what is new to each rule's webhook: at-risk mentions (risk at
/// least the rule's min_risk, published within <see cref="Lookback"/>) and volume spikes per brand (spike hours within
/// <see cref="Lookback"/>). A (rule, mention or spike) pair is sent once, ever; at most max_per_hour alerts per rule
/// in a rolling hour, the rest waiting for a later run. Meant to be called after each ingest batch or every minute
/// by the scheduler; <see cref="RunAsync"/> is safe to call repeatedly. A spike alert says what happened with the key
/// phrases that grew (<paramref name="phrases"/>, when given) and the top terms.
/// </summary>
public sealed class AlertDispatcher(IMentionIndex index, AlertStateStore state, WebhookSender sender, TimeProvider time, ISpikePhrases? phrases = null)
{
    public TimeSpan Lookback { get; init; } = TimeSpan.FromHours(24);

    public async Task<IReadOnlyList<AlertRunResult>> RunAsync(IReadOnlyList<AlertRule> rules, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var results = new List<AlertRunResult>();
        foreach (var rule in rules)
        {
            var events = await EvaluateAsync(rule, ct).ConfigureAwait(false);
            int sent = 0, already = 0, limited = 0, failed = 0;
            var webhookDown = false;
            foreach (var alert in events)
            {
                if (webhookDown)
                {
                    // The webhook refused one alert after its retries: the rest wait for the next run.
                    failed++;
                    continue;
                }
                if (state.WasSent(rule.Name, alert.Key))
                {
                    already++;
                    continue;
                }
                if (state.SentSince(rule.Name, time.GetUtcNow().AddHours(-1)) >= rule.MaxPerHour)
                {
                    limited++;
                    continue;
                }
                var (ok, _) = await sender.SendAsync(rule.WebhookUrl, AlertPayload.Create(alert, rule.Format), ct).ConfigureAwait(false);
                if (ok)
                {
                    state.MarkSent(rule.Name, alert.Key, time.GetUtcNow(), alert.Title);
                    sent++;
                }
                else
                {
                    failed++;
                    webhookDown = true;
                }
            }
            results.Add(new AlertRunResult(rule.Name, events.Count, sent, already, limited, failed));
        }
        return results;
    }

    /// <summary>Posts a clearly marked test message to the rule's webhook (no dedup, no rate limit).</summary>
    public Task<(bool Ok, string Outcome)> TestAsync(AlertRule rule, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var alert = new AlertEvent(rule.Name, rule.Kind, "test", $"Test alert from SocialListening rule '{rule.Name}'",
            "This is a test: the webhook is reachable.", null, new Dictionary<string, object?> { ["test"] = true });
        return sender.SendAsync(rule.WebhookUrl, AlertPayload.Create(alert, rule.Format), ct);
    }

    /// <summary>What the rule would alert on now, strongest first (before dedup and rate limit).</summary>
    public async Task<IReadOnlyList<AlertEvent>> EvaluateAsync(AlertRule rule, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var now = time.GetUtcNow();
        var filter = new MentionFilter { From = now - Lookback, To = now };
        if (rule.Brands.Count > 0)
        {
            filter = filter.WithTerm(MentionFields.Brand, [.. rule.Brands]);
        }
        return rule.Kind == "spike" ? await SpikesAsync(rule, filter, now, ct).ConfigureAwait(false) : await RisksAsync(rule, filter, ct).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<AlertEvent>> RisksAsync(AlertRule rule, MentionFilter filter, CancellationToken ct)
    {
        var query = filter with { Query = "risk:[" + rule.MinRisk.ToString("R", CultureInfo.InvariantCulture) + " TO *]" };
        var page = await index.SearchAsync(new SearchRequest(query) { Sort = SearchSort.Risk, Limit = 100 }, ct).ConfigureAwait(false);
        return [.. page.Hits.Where(m => m.Enrichment.Risk >= rule.MinRisk).Select(m => new AlertEvent(
            rule.Name, "risk", $"mention:{m.Source}/{m.Id}",
            $"At-risk mention ({m.Enrichment.Risk!.Value.ToString("0.00", CultureInfo.InvariantCulture)}) on {m.Source}" + (m.Enrichment.Brands.Count > 0 ? " about " + string.Join(", ", m.Enrichment.Brands) : ""),
            (m.Text.Length > 500 ? m.Text[..500] + "…" : m.Text) + (m.Enrichment.RiskReasons.Count > 0 ? "\nWhy: " + string.Join("; ", m.Enrichment.RiskReasons) : ""),
            m.Url,
            new Dictionary<string, object?>
            {
                ["id"] = $"{m.Source}/{m.Id}", ["risk"] = m.Enrichment.Risk, ["reasons"] = m.Enrichment.RiskReasons,
                ["brands"] = m.Enrichment.Brands, ["published_at"] = m.PublishedAt.ToString("O", CultureInfo.InvariantCulture),
            }))];
    }

    private async Task<IReadOnlyList<AlertEvent>> SpikesAsync(AlertRule rule, MentionFilter filter, DateTimeOffset now, CancellationToken ct)
    {
        var brands = rule.Brands.Count > 0
            ? rule.Brands
            : [.. (await index.AggregateAsync(new AggregationRequest(filter, MentionFields.Brand) { Size = 100 }, ct).ConfigureAwait(false)).Buckets.Select(b => b.Key)];
        if (brands.Count == 0)
        {
            return [];
        }
        // Seven days of history before the hours judged, as the detector's daily profile needs.
        var report = await new SpikeScanner(index, time).ScanAsync(MentionFields.Brand, brands, MentionFilter.All, (int)Math.Ceiling(Lookback.TotalDays) + 8, ct, explain: false).ConfigureAwait(false);
        var events = new List<AlertEvent>();
        var scanner = new SpikeScanner(index, time, phrases: phrases);
        foreach (var series in report.Brands)
        {
            foreach (var hour in series.Spikes.Where(s => s.Hour >= now - Lookback).OrderByDescending(s => s.Score))
            {
                var explained = await scanner.ExplainAsync(hour, MentionFields.Brand, series.Brand, MentionFilter.All, ct).ConfigureAwait(false);
                var at = explained.Hour.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                events.Add(new AlertEvent(rule.Name, "spike", $"spike:{series.Brand}:{explained.Hour.UtcDateTime.ToString("yyyy-MM-ddTHH", CultureInfo.InvariantCulture)}",
                    $"Mention spike for {series.Brand}: {explained.Observed} mentions at {at} UTC (expected {explained.Expected.ToString("0.#", CultureInfo.InvariantCulture)})",
                    (explained.Sentiment is null ? "" : $"Mostly {explained.Sentiment} ({(explained.SentimentShare ?? 0).ToString("P0", CultureInfo.InvariantCulture)}). ")
                        + (explained.Phrases.Count > 0 ? "Growing phrases: " + string.Join(", ", explained.Phrases) + ". " : "")
                        + (explained.TopTerms.Count > 0 ? "Top terms: " + string.Join(", ", explained.TopTerms) + "." : ""),
                    null,
                    new Dictionary<string, object?>
                    {
                        ["brand"] = series.Brand, ["hour"] = explained.Hour.ToString("O", CultureInfo.InvariantCulture), ["observed"] = explained.Observed,
                        ["expected"] = explained.Expected, ["p_value"] = explained.PValue, ["sentiment"] = explained.Sentiment,
                        ["phrases"] = explained.Phrases, ["top_terms"] = explained.TopTerms,
                    }));
            }
        }
        return events;
    }
}
