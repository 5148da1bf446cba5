using SocialListening.Analysis.Phrases;
using SocialListening.Core.Brands;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Core.Territory;

namespace SocialListening.Analysis.Topics;

/// <summary>Topic discovery over a brand's (or a competitive set's) mentions in the index, copies and spam left out,
/// as `sl topics` and `sl demo` run it.</summary>
public sealed class TopicInsights(IMentionIndex index, BrandCatalog catalog, TimeProvider time)
{
    public const int DefaultTopics = 8;

    /// <summary>The topics of one brand: its territory's themes tell which topics are a territory gap.</summary>
    public Task<TopicReport?> ForBrandAsync(Brand brand, DateTimeOffset? start, DateTimeOffset? end, int topics, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(brand);
        return ComputeAsync(brand.Id, [brand.Id], brand.Territory.Select(t => t.Theme).ToHashSet(StringComparer.Ordinal), start, end, topics, ct);
    }

    /// <summary>The topics of the mentions of <paramref name="brands"/>, or null when there are none.</summary>
    public async Task<TopicReport?> ComputeAsync(string scope, IReadOnlyList<string> brands, IReadOnlySet<string> territory,
        DateTimeOffset? start, DateTimeOffset? end, int topics, CancellationToken ct)
    {
        var filter = NoiseExclusion.Default.Apply(new MentionFilter { From = start, To = end }).WithTerm(MentionFields.Brand, [.. brands]);
        var documents = new List<TopicDocument>();
        await foreach (var mention in index.ScanAsync(filter, ct).ConfigureAwait(false))
        {
            documents.Add(TopicDocument.From(mention));
        }
        if (documents.Count == 0)
        {
            return null;
        }
        var periodStart = start ?? documents.Min(d => d.PublishedAt);
        var periodEnd = end ?? documents.Max(d => d.PublishedAt);
        var brandWords = BrandWords.Of(catalog).ToArray();
        var discovery = new TopicDiscovery(new PhraseExtractor(brandWords), brandWords.SelectMany(w => w.Split(' ')));
        var found = discovery.Discover(documents, Math.Clamp(topics, 2, 50), territory, periodStart, periodEnd);
        return new TopicReport(scope, periodStart, periodEnd, documents.Count, found) { ComputedAt = time.GetUtcNow() };
    }
}
