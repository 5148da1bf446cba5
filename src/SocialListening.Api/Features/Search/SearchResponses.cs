using SocialListening.Core.Mentions;

namespace SocialListening.Api.Features.Search;

public sealed record SearchResponse(long Total, IReadOnlyList<MentionJson.Record> Hits, string? NextCursor);

public sealed record FacetValue(string Key, long Count);

public sealed record FacetsResponse(long Total, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);

public sealed record HistogramResponse(string Interval, long Total, IReadOnlyList<FacetValue> Buckets);
