using SocialListening.Ingestion.Alerts;

namespace SocialListening.Ingestion.Tests.Alerts;

/// <summary>A webhook URL that is a credential never sits in the configuration file: environment or a file outside the repository.</summary>
public sealed class WebhookSecretTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-webhook-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("https://hooks.slack.com/services/T000/B000/XXXX", "Slack")]
    [InlineData("https://acme.webhook.office.com/webhookb2/abc", "Teams")]
    [InlineData("https://discord.com/api/webhooks/1/abc", "Discord")]
    [InlineData("https://prod-00.westeurope.logic.azure.com/workflows/x/triggers/manual/paths/invoke", "Logic Apps")]
    [InlineData("https://alerts.example.org/hook?token=abc", "query")]
    [InlineData("https://user:pass@alerts.example.org/hook", "password")]
    public void A_webhook_url_carrying_a_secret_is_refused_in_the_configuration_file(string url, string reason)
    {
        var error = Assert.Throws<InvalidDataException>(() => AlertRulesFile.Parse($"alerts: [{{name: a, kind: risk, webhook_url: '{url}'}}]", "sl.yaml"));

        Assert.Contains("sl.yaml: alert 'a'", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Contains("webhook_url_env", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_webhook_url_from_the_environment_is_used_and_a_missing_variable_named()
    {
        var variable = "SL_TEST_WEBHOOK_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, "https://hooks.slack.com/services/T1/B1/secret");
        try
        {
            var rule = Assert.Single(AlertRulesFile.Parse($"alerts: [{{name: a, kind: risk, webhook_url_env: {variable}}}]", "sl.yaml"));
            Assert.Equal("hooks.slack.com", rule.WebhookUrl.Host);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
        var missing = Assert.Throws<InvalidDataException>(() => AlertRulesFile.Parse($"alerts: [{{name: a, kind: risk, webhook_url_env: {variable}}}]", "sl.yaml"));
        Assert.Contains($"{variable}, which is not set", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_webhook_url_file_is_read_outside_a_repository_and_refused_inside_one()
    {
        var outside = Path.Combine(_folder, "hook.url");
        File.WriteAllText(outside, "https://hooks.slack.com/services/T1/B1/secret\n");
        var repository = Directory.CreateDirectory(Path.Combine(_folder, "repo")).FullName;
        Directory.CreateDirectory(Path.Combine(repository, ".git"));
        var inside = Path.Combine(repository, "config", "hook.url");
        Directory.CreateDirectory(Path.GetDirectoryName(inside)!);
        File.WriteAllText(inside, "https://hooks.slack.com/services/T1/B1/secret\n");

        var rule = Assert.Single(AlertRulesFile.Parse($"alerts: [{{name: a, kind: risk, webhook_url_file: '{outside}'}}]", Path.Combine(_folder, "sl.yaml")));
        var error = Assert.Throws<InvalidDataException>(() => AlertRulesFile.Parse("alerts: [{name: a, kind: risk, webhook_url_file: hook.url}]", Path.Combine(repository, "config", "sl.yaml")));

        Assert.Equal("/services/T1/B1/secret", rule.WebhookUrl.AbsolutePath);
        Assert.Contains("inside the git repository", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_sources_for_one_webhook_are_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => AlertRulesFile.Parse("alerts: [{name: a, kind: risk, webhook_url: 'http://x', webhook_url_env: X}]", "sl.yaml"));

        Assert.Contains("exactly one", error.Message, StringComparison.Ordinal);
    }
}
