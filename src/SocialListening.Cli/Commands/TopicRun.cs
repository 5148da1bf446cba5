using SocialListening.Analysis.Phrases;
using SocialListening.Analysis.Topics;
using SocialListening.Cli.Hosting;
using SocialListening.Core.Brands;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Core.Territory;

namespace SocialListening.Cli.Commands;

/// <summary>Topic discovery over a brand's (or a competitive set's) mentions, as `sl topics` and `sl demo` run it.</summary>
public static class TopicRun
{
    public const int DefaultTopics = 8;

    /// <summary>The topics of one brand: its territory's themes tell which topics are a territory gap.</summary>
    public static Task<TopicReport?> ForBrandAsync(SlContext context, Brand brand, DateTimeOffset? start, DateTimeOffset? end, int topics, CancellationToken ct) =>
        ComputeAsync(context, brand.Id, [brand.Id], brand.Territory.Select(t => t.Theme).ToHashSet(StringComparer.Ordinal), start, end, topics, ct);

    /// <summary>The topics of the mentions of <paramref name="brands"/> (copies and spam left out), or null when there are none.</summary>
    public static async Task<TopicReport?> ComputeAsync(SlContext context, string scope, IReadOnlyList<string> brands, IReadOnlySet<string> territory,
        DateTimeOffset? start, DateTimeOffset? end, int topics, CancellationToken ct)
    {
        var filter = NoiseExclusion.Default.Apply(new MentionFilter { From = start, To = end }).WithTerm(MentionFields.Brand, [.. brands]);
        var documents = new List<TopicDocument>();
        await foreach (var mention in context.Index.ScanAsync(filter, ct).ConfigureAwait(false))
        {
            documents.Add(TopicDocument.From(mention));
        }
        if (documents.Count == 0)
        {
            return null;
        }
        var periodStart = start ?? documents.Min(d => d.PublishedAt);
        var periodEnd = end ?? documents.Max(d => d.PublishedAt);
        var brandWords = BrandWords.Of(context.Catalog).ToArray();
        var discovery = new TopicDiscovery(new PhraseExtractor(brandWords), brandWords.SelectMany(w => w.Split(' ')));
        var found = discovery.Discover(documents, Math.Clamp(topics, 2, 50), territory, periodStart, periodEnd);
        return new TopicReport(scope, periodStart, periodEnd, documents.Count, found) { ComputedAt = context.Time.GetUtcNow() };
    }
}
