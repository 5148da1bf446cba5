using System.Text.Json.Nodes;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Core.Privacy;
using SocialListening.Ingestion.Triage;

namespace SocialListening.Ingestion.Privacy;

/// <summary>Everything held about one author (the right of access), as one JSON document.</summary>
public sealed record AuthorExport(
    IReadOnlyList<string> Pseudonyms,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyDictionary<MentionKey, IReadOnlyList<TriageState>> Triage,
    IReadOnlyList<EngagementRow> Engagement,
    IReadOnlyList<PrivacyAuditEntry> Audit)
{
    public JsonObject ToJson() => new()
    {
        ["pseudonyms"] = new JsonArray([.. Pseudonyms.Select(p => (JsonNode)p)]),
        ["generated_at"] = GeneratedAt.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        // The index's own JSON form: every field and the whole enrichment, as stored.
        ["mentions"] = new JsonArray([.. Mentions.Select(m => JsonNode.Parse(MentionJson.Serialize(m)))]),
        ["triage"] = new JsonArray([.. Triage.Select(t => (JsonNode)new JsonObject
        {
            ["source"] = t.Key.Source,
            ["id"] = t.Key.Id,
            ["actions"] = new JsonArray([.. t.Value.Select(a => (JsonNode)new JsonObject
            {
                ["status"] = a.Status, ["assignee"] = a.Assignee, ["by"] = a.By, ["at"] = Stamp(a.At), ["note"] = a.Note,
            })]),
        })]),
        ["engagement"] = new JsonArray([.. Engagement.Select(e => (JsonNode)new JsonObject
        {
            ["source"] = e.Source, ["id"] = e.Id, ["at"] = Stamp(e.At), ["likes"] = e.Likes, ["shares"] = e.Shares, ["replies"] = e.Replies,
        })]),
        ["audit"] = new JsonArray([.. Audit.Select(a => (JsonNode)new JsonObject
        {
            ["at"] = Stamp(a.At), ["by"] = a.By, ["action"] = a.Action, ["source"] = a.Source,
            ["pseudonyms"] = new JsonArray([.. a.Pseudonyms.Select(p => (JsonNode)p)]),
            ["mentions"] = a.Mentions, ["triage"] = a.Triage, ["engagement"] = a.Engagement, ["alerts"] = a.Alerts,
        })]),
    };

    private static string Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// Gathers everything held about an author: their mentions with the enrichment, the triage actions and engagement
/// observations of those mentions, and the privacy audit entries naming them. The export itself is audited after.
/// </summary>
public sealed class AuthorExporter(IMentionIndex index, AuthorKeyRing keys, PrivacyAuditStore audit, TriageStore triage, MentionState state, TimeProvider time)
{
    public async Task<AuthorExport> ExportAsync(string handle, string by, CancellationToken cancellationToken)
    {
        var pseudonyms = keys.PseudonymsOf(handle);
        var mentions = await index.ReadAllAsync(AuthorFilter.Of(pseudonyms, null), cancellationToken).ConfigureAwait(false);
        var actions = new Dictionary<MentionKey, IReadOnlyList<TriageState>>();
        foreach (var mention in mentions)
        {
            if (triage.History(mention.Key) is { Count: > 0 } history)
            {
                actions[mention.Key] = history;
            }
        }
        var engagement = state.Engagement([.. mentions.Select(m => m.Key)]);
        var export = new AuthorExport(pseudonyms, time.GetUtcNow(), mentions, actions, engagement, audit.Entries(pseudonyms.ToHashSet(StringComparer.Ordinal)));
        audit.Record(new PrivacyAuditEntry(0, export.GeneratedAt, by, PrivacyAuditStore.Export, pseudonyms, null, mentions.Count,
            actions.Sum(a => a.Value.Count), engagement.Count, 0, null));
        return export;
    }
}
