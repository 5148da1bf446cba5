using SocialListening.Analysis.Complaints;
using SocialListening.Analysis.Aspects;
using SocialListening.Analysis.Language;
using SocialListening.Analysis.Matching;
using SocialListening.Analysis.Noise;
using SocialListening.Analysis.Phrases;
using SocialListening.Analysis.Topics;
using SocialListening.Analysis.Risk;
using SocialListening.Analysis.Sentiment;
using SocialListening.Analysis.Sentiment.Azure;
using SocialListening.Analysis.Stages;
using SocialListening.Analysis.TextClassification;
using SocialListening.Core.Analysis;
using SocialListening.Core.Brands;
using SocialListening.Core.Index;
using SocialListening.Core.Privacy;
using SocialListening.Core.Spikes;
using SocialListening.Ingestion.Alerts;
using SocialListening.Ingestion.Configuration;
using SocialListening.Ingestion.State;
using SocialListening.Ingestion.Privacy;
using SocialListening.Ingestion.Sources;
using SocialListening.Search.Lucene;
using SocialListening.Core.Virality;
using SocialListening.Cli.Virality;

namespace SocialListening.Cli.Hosting;

/// <summary>
/// What a command works with, chosen here and only here: the brand catalog, the index implementation, the analysis
/// stages. Opened lazily, so a command that needs no index does not lock one.
/// </summary>
public sealed class SlContext(SlSettings settings) : IDisposable
{
    private BrandCatalog? _catalog;
    private IMentionIndex? _index;
    private CrawlingConfiguration? _crawling;

    public SlSettings Settings { get; } = settings;

    public TimeProvider Time { get; } = TimeProvider.System;

    public BrandCatalog Catalog => _catalog ??= Settings.ConfigPath is null ? BrandCatalog.Empty : BrandCatalogFile.Load(Settings.ConfigPath);

    public IMentionIndex Index => _index ??= IndexSettings.Open(Settings);

    public AuthorPseudonymiser Pseudonymiser() => new(AuthorKeyStore.Load(Settings.DataDirectory));

    /// <summary>The current author key and the retired ones, for erasure and export.</summary>
    public AuthorKeyRing KeyRing() => AuthorKeyStore.LoadRing(Settings.DataDirectory);

    /// <summary>The retention periods: the configuration's default and each configured or added source's own.</summary>
    public RetentionPolicy Retention() => Crawling.RetentionFor(Sources());

    public PrivacyAuditStore PrivacyAudit() => new(Settings.StatePath);

    /// <summary>What keeps expired mentions and erased authors out of the index at ingest.</summary>
    public IngestGate IngestGate() => new(Retention(), PrivacyAudit(), KeyRing(), Time);

    public RetentionRunner RetentionRunner(Microsoft.Extensions.Logging.ILogger<RetentionRunner>? logger = null) =>
        new(Index, Retention(), new MentionState(Settings.StatePath), PrivacyAudit(), Time, RawFolders(), logger);

    /// <summary>Where raw input (never pseudonymised) stays on disk: the import rejects and each folder source's done/.</summary>
    public IReadOnlyList<string> RawFolders() =>
        [Settings.RejectsDirectory, .. Sources().Where(s => s.Kind == "folder" && s.Parameter("path") is not null).Select(s => Path.Combine(s.Parameter("path")!, "done"))];

    /// <summary>
    /// The analysis stages run on every mention at ingest, in order: language first, since the others read it. The
    /// runner (<see cref="SocialListening.Ingestion.EnrichmentRunner"/>) takes the stages that can work on any chunk (all but the ordered one)
    /// in this order over chunks spread across the cores, then the ordered near-duplicate stage over the whole batch:
    /// risk therefore runs before it, which is right as long as risk reads nothing it fills (story, duplicate).
    /// </summary>
    public IReadOnlyList<IEnrichmentStage> EnrichmentStages()
    {
        var sentiment = Model("sentiment", SentimentModel.Load);
        return
        [
            new LanguageStage(LanguageDetector.Create(["fr", "en"])),
            new BrandThemeMatcher(Catalog),
            new SentimentStage(sentiment),
            .. AzureSentiment(),
            // Complaint and stage together (the stage reads the complaint verdict): one normalisation and one n-gram
            // walk for the two models.
            new ComplaintAndJourneyStage(Model("complaint", ComplaintModel.Load), Model("stage", TextClassifier.Load)),
            new AspectSentimentStage(Catalog, sentiment),
            // Stories remembered in state.db, so that copies across imports and crawls count once. Ordered: runs after
            // every stage that is not (risk included), whatever its place here.
            new NearDuplicateStage(memory: new StoryStore(Settings.StatePath)),
            // After the stages it reads: complaint, sentiment (and reach, from the record).
            new RiskStage(ViralityModel(), Time),
        ];
    }

    /// <summary>Key phrases of the mentions, brand names left out (they are in every mention of the brand).</summary>
    public PhraseExtractor PhraseExtractor() => new(BrandWords.Of(Catalog));

    /// <summary>Spike explanations by the key phrases that grew against the baseline.</summary>
    public ISpikePhrases SpikePhrases() => new SpikePhrases(BrandWords.Of(Catalog));

    /// <summary>The spike scanner, explaining spikes with key phrases.</summary>
    public SpikeScanner SpikeScanner() => new(Index, Time, phrases: SpikePhrases());

    /// <summary>Topic discovery over this index and catalog.</summary>
    public TopicInsights Topics() => new(Index, Catalog, Time);

    /// <summary>The shipped virality forecaster (models/virality.json beside the binary).</summary>
    public static ViralityPredictor ViralityModel()
    {
        try
        {
            using var stream = File.OpenRead(ModelPaths.ShippedModel);
            return new ViralityPredictor(ViralityModelFile.LoadAsync(stream).GetAwaiter().GetResult());
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            throw new CliException($"Cannot load the virality model from '{ModelPaths.ShippedModel}': {e.Message}. Rebuild the CLI, or retrain with 'sl train virality'.");
        }
    }

    // Azure AI Language, when the configuration selects it, refines the local model's sentiment (which stays as the fallback).
    private IEnrichmentStage[] AzureSentiment() =>
        SentimentProviderSettings.Azure(Settings.ConfigPath) is { } azure
            ? [new AzureSentimentStage(new AzureSentimentClient(new HttpClient { Timeout = TimeSpan.FromSeconds(30) }, azure))]
            : [];

    /// <summary>A shipped model (models/NAME.zip beside the binary), or a clear error naming the file.</summary>
    public static T Model<T>(string name, Func<string, T> load)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "models", name + ".zip");
        try
        {
            return load(path);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            throw new CliException($"Cannot load the {name} model from '{path}': {e.Message}. Rebuild the CLI, or retrain with 'sl train {name}'.");
        }
    }

    /// <summary>Closes the index so that another component (the API server) can open it; a later use reopens it.</summary>
    public void ReleaseIndex()
    {
        _index?.Dispose();
        _index = null;
    }

    /// <summary>The <c>crawler:</c> and <c>sources:</c> sections of the configuration file.</summary>
    public CrawlingConfiguration Crawling => _crawling ??= CrawlingConfigurationFile.Load(Settings.ConfigPath);

    public SourceStateStore SourceState => new(Settings.DataDirectory);

    /// <summary>Configured and added sources, with pauses applied.</summary>
    public IReadOnlyList<SourceDefinition> Sources() => SourceState.Merge(Crawling.Sources);

    /// <summary>The alert rules of the configuration file plus those added at run time.</summary>
    public AlertRuleCatalog AlertRules() =>
        new(Settings.ConfigPath is null ? [] : AlertRulesFile.Load(Settings.ConfigPath), new AlertRuleStore(Settings.StatePath));

    public void Dispose() => ReleaseIndex();
}
