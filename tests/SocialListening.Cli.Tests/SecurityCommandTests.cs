using SocialListening.Cli.Hosting;
using SocialListening.Tests.Hostile;

namespace SocialListening.Cli.Tests;

/// <summary>Query limits and secret handling as the `sl` user meets them: exit 2 and a message naming the setting.</summary>
public sealed class SecurityCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-cli-security-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(int Exit, string Error)> QueryWith(string config, string query)
    {
        var path = Path.Combine(_folder, "sl.yaml");
        await File.WriteAllTextAsync(path, config, TestContext.Current.CancellationToken);
        var (exit, _, error) = await SlProcess.RunAsync(_folder, "query", query, "--config", path, "--data", Path.Combine(_folder, "data"));
        return (exit, error);
    }

    [Theory]
    [InlineData("", "((((((((((((((((((((((((((((((((((panne))))))))))))))))))))))))))))))))))", "max_depth")]
    [InlineData("index:\n  query_limits:\n    max_length: 20\n", "panne OR retard OR livraison", "max_length")]
    [InlineData("index:\n  query_limits:\n    max_expansions: 5000\n", "panne", "index.query_limits.max_expansions")]
    [InlineData("index:\n  query_limits:\n    timeout: 0\n", "panne", "index.query_limits.timeout")]
    [InlineData("index:\n  backend: elasticsearch\n  url: http://127.0.0.1:9\n  api_key: c2VjcmV0\n", "panne", "index.api_key: secrets are never read from the configuration file")]
    [InlineData("index:\n  backend: elasticsearch\n  url: http://127.0.0.1:9\n  username: sl\n  password: hunter2\n", "panne", "index.password: secrets are never read")]
    public async Task Limits_and_misplaced_secrets_fail_with_exit_2_naming_the_setting(string config, string query, string expected)
    {
        var (exit, error) = await QueryWith(config, query);

        Assert.True(exit == 2, $"exit {exit}: {error}");
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_secret_file_inside_a_git_repository_is_refused()
    {
        var repository = Directory.CreateDirectory(Path.Combine(_folder, "repo")).FullName;
        Directory.CreateDirectory(Path.Combine(repository, ".git"));
        await File.WriteAllTextAsync(Path.Combine(repository, "es.key"), "c2VjcmV0", TestContext.Current.CancellationToken);
        var config = Path.Combine(repository, "sl.yaml");
        await File.WriteAllTextAsync(config, "index:\n  backend: elasticsearch\n  url: http://127.0.0.1:9\n  api_key_file: es.key\n", TestContext.Current.CancellationToken);

        var (exit, _, error) = await SlProcess.RunAsync(_folder, "query", "panne", "--config", config, "--data", Path.Combine(_folder, "data"));

        Assert.Equal(2, exit);
        Assert.Contains("inside the git repository", error, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_azure_key_written_in_the_configuration_file_is_refused()
    {
        var config = Path.Combine(_folder, "azure.yaml");
        File.WriteAllText(config, "sentiment:\n  provider: azure\n  endpoint: https://x.cognitiveservices.azure.com/\n  api_key: 0123456789abcdef\n");

        var error = Assert.Throws<CliException>(() => SentimentProviderSettings.Azure(config));

        Assert.Contains("never read from the configuration file", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("0123456789abcdef", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_text_shown_in_the_terminal_loses_escape_sequences_bidi_overrides_and_markup()
    {
        var random = HostileInput.Random(11);
        for (var i = 0; i < 500; i++)
        {
            var safe = CommandRunner.Safe("\u001B]0;title\u0007\u001B[31m" + HostileInput.Text(random, 100) + "\u202E\u2066[bold]x[/]");

            Assert.DoesNotContain(safe, c => char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'));
            Assert.Contains("[[bold]]", safe, StringComparison.Ordinal);
        }
    }
}
