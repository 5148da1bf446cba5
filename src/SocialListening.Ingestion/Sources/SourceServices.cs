using Microsoft.Extensions.Logging;
using SocialListening.Core.Privacy;
using SocialListening.Ingestion.Http;

namespace SocialListening.Ingestion.Sources;

/// <summary>What the source classes share: the polite client, the clock, logging, and the author pseudonymiser.</summary>
public sealed record SourceServices(PoliteHttpClient Http, TimeProvider Time, ILoggerFactory Logs, AuthorPseudonymiser Pseudonymiser);
