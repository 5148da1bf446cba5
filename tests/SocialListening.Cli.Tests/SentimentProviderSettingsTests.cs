namespace SocialListening.Cli.Tests;

public sealed class SentimentProviderSettingsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-provider-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("sentiment: { provider: watson }", "is not 'local' or 'azure'")]
    [InlineData("sentiment: { provider: azure, endpoint: not-a-url }", "sentiment.endpoint")]
    [InlineData("sentiment: { provider: azure, endpoint: 'https://x.cognitiveservices.azure.com/' }", "SL_AZURE_LANGUAGE_KEY")]
    public async Task A_bad_sentiment_provider_setting_stops_the_import_with_a_message_naming_it(string yaml, string expected)
    {
        var config = Path.Combine(_folder, "sl.yaml");
        await File.WriteAllTextAsync(config, yaml, TestContext.Current.CancellationToken);
        var input = Path.Combine(_folder, "m.jsonl");
        await File.WriteAllTextAsync(input, "{\"id\":\"1\",\"source\":\"t\",\"text\":\"bonjour\",\"published_at\":\"2026-11-02T09:00:00Z\"}\n", TestContext.Current.CancellationToken);

        var (exit, _, error) = await SlProcess.RunAsync(_folder, "import", input, "--config", config, "--data", Path.Combine(_folder, "data"));

        Assert.Equal(2, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
