using SocialListening.Ingestion.Alerts;

namespace SocialListening.Ingestion.Tests.Alerts;

public sealed class AlertRulesFileTests
{
    [Fact]
    public void Reads_the_alerts_list_of_the_configuration_with_defaults()
    {
        var rules = AlertRulesFile.Parse("""
            brands: []
            alerts:
              - name: cm-risk
                kind: risk
                min_risk: 0.75
                brands: [mandarine]
                webhook_url: https://hooks.slack.example/T000/B000
                format: slack
                max_per_hour: 5
              - name: spikes
                kind: spike
                webhook_url: http://127.0.0.1:9000/hook
            """);

        Assert.Equal(2, rules.Count);
        Assert.Equal((0.75, "slack", 5), (rules[0].MinRisk, rules[0].Format, rules[0].MaxPerHour));
        Assert.Equal(["mandarine"], rules[0].Brands);
        Assert.Equal(("spike", "json", 10, 0.6), (rules[1].Kind, rules[1].Format, rules[1].MaxPerHour, rules[1].MinRisk));
    }

    [Theory]
    [InlineData("alerts: [{kind: risk, webhook_url: 'http://x'}]", "name is required")]
    [InlineData("alerts: [{name: a, kind: mood, webhook_url: 'http://x'}]", "kind must be risk or spike")]
    [InlineData("alerts: [{name: a, kind: risk, webhook_url: 'ftp://x'}]", "webhook_url")]
    [InlineData("alerts: [{name: a, kind: risk, webhook_url: 'http://x', format: xml}]", "format must be")]
    [InlineData("alerts: [{name: a, kind: risk, webhook_url: 'http://x', max_per_hour: 0}]", "max_per_hour")]
    [InlineData("alerts: [{name: a, kind: risk, webhook_url: 'http://x'}, {name: A, kind: spike, webhook_url: 'http://y'}]", "used twice")]
    public void Invalid_rules_are_refused_with_the_reason(string yaml, string message)
    {
        var e = Assert.Throws<InvalidDataException>(() => AlertRulesFile.Parse(yaml));

        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }
}
