using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SocialListening.Core.Analysis;
using SocialListening.Core.Index;
using SocialListening.Ingestion.Configuration;
using SocialListening.Ingestion.Privacy;

namespace SocialListening.Ingestion.Tests.Privacy;

public sealed class RetentionJobTests
{
    [Fact]
    public async Task The_service_runs_the_retention_job_on_its_schedule_from_the_persistent_store_and_it_deletes_expired_mentions()
    {
        using var h = new PrivacyHarness();
        await h.WriteAsync(
            PrivacyHarness.Mention("news", "expired", null, DateTimeOffset.UtcNow.AddDays(-40)),
            PrivacyHarness.Mention("news", "kept", null, DateTimeOffset.UtcNow.AddDays(-1)));
        var configuration = CrawlingConfigurationFile.Parse("""
            retention:
              schedule: "* * * * * ?"
            sources:
              - name: news
                kind: rss
                url: https://news.example/feed
                retention_days: 30
                enabled: false
            """);
        var data = Path.Combine(h.Folder, "data");
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IMentionIndex>(h.Index);
        builder.Services.AddSingleton<IReadOnlyList<IEnrichmentStage>>([]);
        builder.Services.AddSingleton(h.Current);
        builder.Services.AddSingleton(sp => new RetentionRunner(h.Index, configuration.Retention, h.State, h.Audit, TimeProvider.System, [], sp.GetRequiredService<ILogger<RetentionRunner>>()));
        builder.AddCrawling(configuration, configuration.Sources, data, q => RetentionJob.Schedule(q, configuration.Retention));
        using var host = builder.Build();

        await host.StartAsync(TestContext.Current.CancellationToken);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await h.IdsAsync()).Length > 1 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        await host.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["kept"], await h.IdsAsync());
        var entry = h.Audit.Entries().First();
        Assert.Equal((PrivacyAuditStore.Retention, "retention-job", "news", 1L), (entry.Action, entry.By, entry.Source, entry.Mentions));
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "scheduler.db")}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT CRON_EXPRESSION FROM QRTZ_CRON_TRIGGERS WHERE TRIGGER_NAME = 'retention-schedule'";
        Assert.Equal("* * * * * ?", (string?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }
}
