using SocialListening.Ingestion.Alerts;

namespace SocialListening.Ingestion.Tests.Alerts;

public sealed class AlertRuleCatalogTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-rules-").FullName;

    private string StatePath => Path.Combine(_folder, "state.db");

    private static AlertRule Rule(string name, string url = "https://hooks.example.org/services/T0/B0/secret") =>
        AlertRulesFile.Build("rule", name, "risk", 0.7, ["mandarine"], url, "slack", 5);

    [Fact]
    public void Rules_added_at_run_time_join_the_configured_ones_and_outlive_the_process()
    {
        var configured = AlertRulesFile.Parse("""
            alerts:
              - { name: on-call, kind: spike, webhook_url: "https://example.org/hook" }
            """);
        new AlertRuleCatalog(configured, new AlertRuleStore(StatePath)).Add(Rule("night-shift"));

        var reopened = new AlertRuleCatalog(configured, new AlertRuleStore(StatePath));

        Assert.Equal(["on-call", "night-shift"], reopened.All.Select(r => r.Name));
        var added = reopened.Find("NIGHT-SHIFT")!;
        Assert.False(added.Configured);
        Assert.Equal(0.7, added.Rule.MinRisk);
        Assert.Equal(["mandarine"], added.Rule.Brands);
        Assert.Equal("slack", added.Rule.Format);
        Assert.Equal(5, added.Rule.MaxPerHour);
        Assert.Equal(new Uri("https://hooks.example.org/services/T0/B0/secret"), added.Rule.WebhookUrl);
        Assert.Throws<AlertRuleConflictException>(() => reopened.Add(Rule("On-Call")));
        Assert.Throws<AlertRuleConflictException>(() => reopened.Add(Rule("night-shift")));
        Assert.Throws<AlertRuleConflictException>(() => reopened.Remove("on-call"));
        Assert.True(reopened.Remove("night-shift"));
        Assert.False(reopened.Remove("night-shift"));
        Assert.Equal(["on-call"], reopened.All.Select(r => r.Name));
    }

    [Fact]
    public void A_rule_is_shown_with_its_webhook_host_only()
    {
        var view = AlertRuleView.From(new AlertRuleEntry(Rule("r"), false));

        Assert.Equal("https://hooks.example.org", view.WebhookHost);
        Assert.DoesNotContain("secret", view.ToString(), StringComparison.Ordinal);
        Assert.Equal("state", view.DefinedIn);
    }

    [Theory]
    [InlineData(null, "risk", "https://x.org", "name is required")]
    [InlineData("r", "volume", "https://x.org", "kind must be risk or spike")]
    [InlineData("r", "risk", "file:///etc/passwd", "webhook_url must be an http(s) URL")]
    public void Build_refuses_a_rule_with_the_reason(string? name, string kind, string url, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => AlertRulesFile.Build("rule", name, kind, null, null, url, null, null));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
