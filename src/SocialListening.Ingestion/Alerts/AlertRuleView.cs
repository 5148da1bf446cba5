namespace SocialListening.Ingestion.Alerts;

/// <summary>
/// A rule as shown to people: everything but the webhook's path and query, which often hold the webhook's secret
/// (Slack and Teams URLs do), so only its scheme and host are shown.
/// </summary>
public sealed record AlertRuleView(string Name, string Kind, double MinRisk, IReadOnlyList<string> Brands, string WebhookHost, string Format, int MaxPerHour, string DefinedIn)
{
    public static AlertRuleView From(AlertRuleEntry entry)
    {
        var r = entry.Rule;
        return new(r.Name, r.Kind, r.MinRisk, r.Brands, r.WebhookUrl.GetLeftPart(UriPartial.Authority), r.Format, r.MaxPerHour, entry.Configured ? "configuration" : "state");
    }
}
