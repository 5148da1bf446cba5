namespace SocialListening.Cli.Tests;

/// <summary>The `index:` section of the configuration file chooses the backend; mistakes name the setting.</summary>
public sealed class IndexBackendTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-cli-index-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(int Exit, string Error)> QueryWith(string indexSection)
    {
        var config = Path.Combine(_folder, "sl.yaml");
        await File.WriteAllTextAsync(config, "index:\n" + indexSection);
        var (exit, _, error) = await SlProcess.RunAsync(_folder, "query", "*:*", "--config", config, "--data", Path.Combine(_folder, "data"));
        return (exit, error);
    }

    [Theory]
    [InlineData("  backend: solr\n", 2, "index.backend: 'solr' is not a backend")]
    [InlineData("  backend: elasticsearch\n", 2, "index.url")]
    [InlineData("  backend: elasticsearch\n  url: ftp://es.example.org\n", 2, "is not an http(s) address")]
    [InlineData("  backend: elasticsearch\n  url: http://127.0.0.1:9\n", 3, "Cannot reach Elasticsearch at http://127.0.0.1:9")]
    [InlineData("  backend: elasticsearch\n  url: http://127.0.0.1:9\n  api_key_file: missing.key\n", 2, "index.api_key_file: cannot read")]
    [InlineData("  backend: elasticsearch\n  url: http://127.0.0.1:9\n  index_prefix: My Index\n", 2, "index.index_prefix: 'My Index'")]
    public async Task Bad_or_unreachable_index_settings_fail_with_a_message_naming_them(string section, int expectedExit, string expected)
    {
        var (exit, error) = await QueryWith(section);

        Assert.Equal(expectedExit, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lucene_stays_the_default_backend()
    {
        var (exit, error) = await QueryWith("  backend: lucene\n");

        Assert.True(exit == 0, error);
    }
}
