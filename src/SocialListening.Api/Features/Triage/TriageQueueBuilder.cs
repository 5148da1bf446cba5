using SocialListening.Core.Index;
using SocialListening.Core.Mentions;

namespace SocialListening.Api.Features.Triage;

/// <summary>
/// The triage queue: complaints and negative mentions in scope, ranked by risk (then newest), with their state from
/// the community managers' actions. Ranks the <see cref="Window"/> newest candidates (the queue is about what is
/// happening now). Says plainly when the scores it needs are not in the index yet rather than showing a guess.
/// </summary>
public sealed class TriageQueueBuilder(IMentionIndex index, TriageStore store)
{
    public const int Window = 300;
    public const string CandidateQuery = "complaint:true OR sentiment:negative";

    public async Task<TriageQueue> BuildAsync(MentionFilter filter, bool includeClosed, int limit, CancellationToken ct)
    {
        var scoring = await ScoringAsync(filter, ct).ConfigureAwait(false);
        var candidates = Candidates(filter);
        var page = await index.SearchAsync(new SearchRequest(candidates) { Limit = Window }, ct).ConfigureAwait(false);
        var states = store.Current();
        var items = page.Hits
            .Select(m => (Mention: m, State: states.GetValueOrDefault(m.Key)))
            .Where(x => includeClosed || x.State is null || x.State.Status is not ("resolved" or "dismissed"))
            .OrderByDescending(x => x.Mention.Enrichment.Risk ?? -1)
            .ThenByDescending(x => x.Mention.PublishedAt)
            .Take(limit)
            .Select(x => new TriageItem(
                MentionJson.ToRecord(x.Mention),
                x.Mention.Enrichment.Risk,
                x.Mention.Enrichment.RiskReasons,
                x.State?.Status ?? "open",
                x.State?.Assignee,
                x.State?.At))
            .ToArray();
        return new TriageQueue(scoring, page.Total, items, Note(scoring, page.Total));
    }

    public static MentionFilter Candidates(MentionFilter filter) =>
        filter with { Query = filter.Query == "*:*" ? CandidateQuery : $"({filter.Query}) AND ({CandidateQuery})" };

    private async Task<TriageScoring> ScoringAsync(MentionFilter filter, CancellationToken ct)
    {
        var complaint = await index.AggregateAsync(new AggregationRequest(filter, MentionFields.Complaint), ct).ConfigureAwait(false);
        var sentiment = await index.AggregateAsync(new AggregationRequest(filter, MentionFields.Sentiment), ct).ConfigureAwait(false);
        var risk = await index.SearchAsync(new SearchRequest(filter with { Query = filter.Query == "*:*" ? "risk:[0 TO *]" : $"({filter.Query}) AND risk:[0 TO *]" }) { Limit = 0 }, ct).ConfigureAwait(false);
        return new TriageScoring(complaint.Total, complaint.Buckets.Sum(b => b.Count), sentiment.Buckets.Sum(b => b.Count), risk.Total);
    }

    private static string? Note(TriageScoring scoring, long candidates) => (scoring, candidates) switch
    {
        ({ Mentions: 0 }, _) => "No mentions match these filters.",
        ({ ComplaintScored: 0, SentimentScored: 0 }, _) =>
            "No mention in scope has a complaint or sentiment score yet: the complaint and sentiment stages have not run on this index, so there is nothing to triage.",
        (_, 0) => "No complaint or negative mention in scope.",
        ({ RiskScored: 0 }, _) => "Risk scores are not computed yet: the queue is ordered by date, newest first.",
        _ => null,
    };
}
