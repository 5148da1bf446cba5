using SocialListening.Ingestion.Http;
using SocialListening.Ingestion.Sources;

namespace SocialListening.Ingestion.Configuration;

/// <summary>The crawling part of the configuration file: the <c>crawler:</c> settings and the <c>sources:</c> list.</summary>
public sealed record CrawlingConfiguration(CrawlerOptions Crawler, SchedulerOptions Scheduler, IReadOnlyList<SourceDefinition> Sources)
{
    public static readonly CrawlingConfiguration Empty = new(new CrawlerOptions(), new SchedulerOptions(), []);
}
