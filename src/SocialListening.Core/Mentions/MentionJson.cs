using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialListening.Core.Mentions;

/// <summary>
/// The flat JSON form of a mention (snake_case, the import field names plus the enrichment), used to store a
/// mention in an index, to export it and to print it. Reading accepts what writing produces.
/// </summary>
public static class MentionJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(Mention mention) => JsonSerializer.Serialize(ToRecord(mention), Options);

    /// <summary>Writes the same JSON as <see cref="Serialize(Mention)"/> as UTF-8, into a writer the caller reuses
    /// (created with <see cref="WriterOptions"/>, which carry the same escaping).</summary>
    public static void Serialize(Mention mention, Utf8JsonWriter writer) => JsonSerializer.Serialize(writer, ToRecord(mention), Options);

    /// <summary>A Utf8JsonWriter's options give its escaping, whatever the serializer options say.</summary>
    public static JsonWriterOptions WriterOptions => new() { Encoder = Options.Encoder };

    public static Mention Deserialize(string json) => FromRecord(JsonSerializer.Deserialize<Record>(json, Options));

    public static Mention Deserialize(ReadOnlySpan<byte> utf8Json) => FromRecord(JsonSerializer.Deserialize<Record>(utf8Json, Options));

    private static Mention FromRecord(Record? record)
    {
        var r = record ?? throw new JsonException("Empty mention document.");
        return new Mention
        {
            Id = r.Id,
            Source = r.Source,
            Url = r.Url,
            Author = r.Author,
            AuthorFollowers = r.AuthorFollowers,
            Title = r.Title,
            Text = r.Text,
            Lang = r.Lang is null or "und" ? null : r.Lang,
            PublishedAt = r.PublishedAt,
            CollectedAt = r.CollectedAt,
            Likes = r.Likes,
            Shares = r.Shares,
            Replies = r.Replies,
            Rating = r.Rating,
            Enrichment = new Enrichment
            {
                Brands = r.Brands ?? [],
                Themes = r.Themes ?? [],
                Sentiment = EnumNames.TryParseSentiment(r.Sentiment, out var s) ? s : null,
                SentimentScore = r.SentimentScore,
                Complaint = r.Complaint,
                ComplaintProbability = r.ComplaintProbability,
                Stage = EnumNames.TryParseStage(r.Stage, out var stage) ? stage : null,
                Risk = r.Risk,
                RiskReasons = r.RiskReasons ?? [],
                ThemeSentiments = ReadThemeSentiments(r.ThemeSentiments),
                StoryId = r.StoryId,
                Duplicate = r.Duplicate,
                Spam = r.Spam,
            },
        };
    }

    public static Record ToRecord(Mention m) => new()
    {
        Id = m.Id,
        Source = m.Source,
        Url = m.Url,
        Author = m.Author,
        AuthorFollowers = m.AuthorFollowers,
        Title = m.Title,
        Text = m.Text,
        Lang = m.Lang ?? "und",
        PublishedAt = m.PublishedAt,
        CollectedAt = m.CollectedAt,
        Likes = m.Likes,
        Shares = m.Shares,
        Replies = m.Replies,
        Rating = m.Rating,
        Brands = m.Enrichment.Brands,
        Themes = m.Enrichment.Themes,
        Sentiment = m.Enrichment.Sentiment?.Name(),
        SentimentScore = m.Enrichment.SentimentScore,
        Complaint = m.Enrichment.Complaint,
        ComplaintProbability = m.Enrichment.ComplaintProbability,
        Stage = m.Enrichment.Stage?.Name(),
        Risk = m.Enrichment.Risk,
        RiskReasons = m.Enrichment.RiskReasons.Count == 0 ? null : m.Enrichment.RiskReasons,
        ThemeSentiments = m.Enrichment.ThemeSentiments.Count == 0 ? null : m.Enrichment.ThemeSentiments.ToDictionary(p => p.Key, p => p.Value.Name()),
        StoryId = m.Enrichment.StoryId,
        Duplicate = m.Enrichment.Duplicate,
        Spam = m.Enrichment.Spam,
    };

    private static Dictionary<string, Sentiment> ReadThemeSentiments(IReadOnlyDictionary<string, string>? values)
    {
        var result = new Dictionary<string, Sentiment>(StringComparer.Ordinal);
        foreach (var (theme, name) in values ?? new Dictionary<string, string>())
        {
            if (EnumNames.TryParseSentiment(name, out var sentiment))
            {
                result[theme] = sentiment;
            }
        }
        return result;
    }

    public static JsonSerializerOptions SerializerOptions => Options;

    /// <summary>The wire shape; property order is the order fields are printed in.</summary>
    public sealed class Record
    {
        public string Id { get; set; } = "";
        public string Source { get; set; } = "";
        public DateTimeOffset PublishedAt { get; set; }
        public string? Lang { get; set; }
        public string? Title { get; set; }
        public string Text { get; set; } = "";
        public string? Url { get; set; }
        public string? Author { get; set; }
        public long? AuthorFollowers { get; set; }
        public DateTimeOffset? CollectedAt { get; set; }
        public long Likes { get; set; }
        public long Shares { get; set; }
        public long Replies { get; set; }
        public int? Rating { get; set; }
        public IReadOnlyList<string>? Brands { get; set; }
        public IReadOnlyList<string>? Themes { get; set; }
        public string? Sentiment { get; set; }
        public double? SentimentScore { get; set; }
        public bool? Complaint { get; set; }
        public double? ComplaintProbability { get; set; }
        public string? Stage { get; set; }
        public double? Risk { get; set; }
        public IReadOnlyList<string>? RiskReasons { get; set; }
        public IReadOnlyDictionary<string, string>? ThemeSentiments { get; set; }
        public string? StoryId { get; set; }
        public bool? Duplicate { get; set; }
        public bool? Spam { get; set; }
    }
}
