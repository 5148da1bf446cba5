using SocialListening.Ingestion.Http;
using SocialListening.Ingestion.Privacy;
using SocialListening.Ingestion.Sources;

namespace SocialListening.Ingestion.Configuration;

/// <summary>The crawling part of the configuration file: the <c>crawler:</c> settings and the <c>sources:</c> list.</summary>
public sealed record CrawlingConfiguration(CrawlerOptions Crawler, SchedulerOptions Scheduler, IReadOnlyList<SourceDefinition> Sources)
{
    /// <summary>The <c>retention:</c> section (default period, schedule) with each source's <c>retention_days</c>.</summary>
    public RetentionPolicy Retention { get; init; } = RetentionPolicy.Standard;

    /// <summary>The retention policy with the periods of these sources (configured and added ones).</summary>
    public RetentionPolicy RetentionFor(IEnumerable<SourceDefinition> sources) => Retention with
    {
        PerSource = sources.Where(s => s.RetentionDays is not null).ToDictionary(s => s.Name, s => TimeSpan.FromDays(s.RetentionDays!.Value)),
    };

    public static readonly CrawlingConfiguration Empty = new(new CrawlerOptions(), new SchedulerOptions(), []);
}
