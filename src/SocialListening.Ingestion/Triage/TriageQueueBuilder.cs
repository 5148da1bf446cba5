using SocialListening.Core.Index;
using SocialListening.Core.Mentions;

namespace SocialListening.Ingestion.Triage;

/// <summary>
/// The triage queue: complaints and negative mentions in scope, highest risk first (the index sorts by risk), with
/// their state from the community managers' actions; resolved and dismissed ones are left out unless asked for.
/// Falls back to newest first, and says so, when the risk stage has not run. Says plainly when the scores it needs
/// are not in the index yet rather than showing a guess.
/// </summary>
public sealed class TriageQueueBuilder(IMentionIndex index, TriageStore store)
{
    /// <summary>At most this many candidates are read to fill one queue page (closed ones are skipped).</summary>
    public const int Window = 2000;
    public const string CandidateQuery = "complaint:true OR sentiment:negative";

    public async Task<TriageQueue> BuildAsync(MentionFilter filter, bool includeClosed, int limit, CancellationToken ct)
    {
        var scoring = await ScoringAsync(filter, ct).ConfigureAwait(false);
        var states = store.Current();
        var sort = scoring.RiskScored > 0 ? SearchSort.Risk : SearchSort.Newest;
        var items = new List<TriageItem>();
        long total = 0;
        string? cursor = null;
        var read = 0;
        do
        {
            var page = await index.SearchAsync(new SearchRequest(Candidates(filter)) { Sort = sort, Limit = 200, Cursor = cursor }, ct).ConfigureAwait(false);
            total = page.Total;
            read += page.Hits.Count;
            foreach (var m in page.Hits)
            {
                var state = states.GetValueOrDefault(m.Key);
                if (items.Count < limit && (includeClosed || state is null || state.Status is not ("resolved" or "dismissed")))
                {
                    items.Add(new TriageItem(MentionJson.ToRecord(m), m.Enrichment.Risk, m.Enrichment.RiskReasons, state?.Status ?? "new", state?.Assignee, state?.At));
                }
            }
            cursor = page.NextCursor;
        }
        while (items.Count < limit && cursor is not null && read < Window);
        return new TriageQueue(scoring, total, items, Note(scoring, total));
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
