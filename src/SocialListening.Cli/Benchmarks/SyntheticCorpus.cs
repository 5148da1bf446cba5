using System.Text.Json;
using System.Text.RegularExpressions;
using SocialListening.Core.Mentions;

namespace SocialListening.Cli.Benchmarks;

/// <summary>
/// A seeded synthetic corpus for the benchmark: sentences of the demo corpus, recombined per language (one or two
/// for a post, three to seven for a review), with a few words swapped for other words of the same language, so that
/// texts are varied but read like real French and English mentions about the demo brands and themes.
/// Engagement is heavy-tailed, dates span 90 days, and half the mentions come without a language (as reviews
/// and some networks do), so language detection runs on about half of them.
/// </summary>
public sealed partial class SyntheticCorpus
{
    public static readonly DateTimeOffset Start = new(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);
    public const int Days = 90;

    private static readonly string[] PostSources = ["mastodon", "bluesky", "forum"];

    private readonly Dictionary<string, string[]> _sentences;
    private readonly Dictionary<string, string[]> _words;
    private readonly string[] _titles;

    private SyntheticCorpus(Dictionary<string, string[]> sentences, Dictionary<string, string[]> words, string[] titles)
    {
        _sentences = sentences;
        _words = words;
        _titles = titles;
    }

    /// <summary>Reads the sentences and words of a JSON Lines corpus (the demo corpus), by language.</summary>
    public static SyntheticCorpus FromSamples(string jsonlPath)
    {
        var sentences = new Dictionary<string, HashSet<string>> { ["fr"] = [], ["en"] = [] };
        var titles = new HashSet<string>();
        foreach (var line in File.ReadLines(jsonlPath))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var lang = root.TryGetProperty("lang", out var l) ? l.GetString() : null;
            if (lang is null || !sentences.TryGetValue(lang, out var pool) || !root.TryGetProperty("text", out var text))
            {
                continue;
            }
            foreach (var sentence in SentenceBreak().Split(text.GetString() ?? ""))
            {
                if (sentence.Trim().Length > 3)
                {
                    pool.Add(sentence.Trim());
                }
            }
            if (root.TryGetProperty("title", out var title) && title.GetString() is { Length: > 0 } t)
            {
                titles.Add(t);
            }
        }
        var words = sentences.ToDictionary(p => p.Key, p => p.Value
            .SelectMany(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.All(char.IsLetter) && w.Length > 3)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());
        return new SyntheticCorpus(
            sentences.ToDictionary(p => p.Key, p => p.Value.Order(StringComparer.Ordinal).ToArray()),
            words,
            [.. titles.Order(StringComparer.Ordinal)]);
    }

    /// <summary>The <paramref name="index"/>-th mention of the corpus of this seed (same seed and index, same mention).</summary>
    public Mention Generate(Random random, int index)
    {
        var lang = random.NextDouble() < 0.6 ? "fr" : "en";
        var review = random.NextDouble() < 0.25;
        var count = review ? random.Next(3, 8) : random.Next(1, 3);
        var pool = _sentences[lang];
        var words = _words[lang];
        var parts = new string[count];
        for (var i = 0; i < count; i++)
        {
            var sentence = pool[random.Next(pool.Length)];
            if (random.NextDouble() < 0.3)
            {
                var tokens = sentence.Split(' ');
                tokens[random.Next(tokens.Length)] = words[random.Next(words.Length)];
                sentence = string.Join(' ', tokens);
            }
            parts[i] = sentence;
        }
        var published = Start.AddSeconds(random.NextDouble() * Days * 86_400);
        return new Mention
        {
            Id = $"bench-{index:D8}",
            Source = review ? "reviews" : PostSources[random.Next(PostSources.Length)],
            Text = string.Join(' ', parts),
            Title = review && _titles.Length > 0 ? _titles[random.Next(_titles.Length)] : null,
            Rating = review ? random.Next(1, 6) : null,
            Lang = random.NextDouble() < 0.5 ? lang : null,
            PublishedAt = new DateTimeOffset(published.Ticks - published.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero),
            Author = "@user" + random.Next(200_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
            AuthorFollowers = (long)Math.Exp(random.NextDouble() * 11),
            Likes = HeavyTail(random, 6),
            Shares = HeavyTail(random, 4),
            Replies = HeavyTail(random, 3.5),
        };
    }

    /// <summary>Writes <paramref name="count"/> mentions as JSON Lines (the import format) and returns the first
    /// <paramref name="keep"/> of them, for the per-stage measurements.</summary>
    /// <param name="first">Index of the first mention: drops written one after another with distinct ranges get distinct ids.</param>
    public List<Mention> Write(string path, int count, int seed, int keep, int first = 0)
    {
        var random = new Random(seed);
        var kept = new List<Mention>(Math.Min(count, keep));
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        for (var i = 0; i < count; i++)
        {
            var m = Generate(random, first + i);
            if (kept.Count < keep)
            {
                kept.Add(m);
            }
            writer.WriteStartObject();
            writer.WriteString("id", m.Id);
            writer.WriteString("source", m.Source);
            writer.WriteString("author", m.Author);
            writer.WriteNumber("author_followers", m.AuthorFollowers ?? 0);
            if (m.Title is not null)
            {
                writer.WriteString("title", m.Title);
            }
            writer.WriteString("text", m.Text);
            if (m.Lang is not null)
            {
                writer.WriteString("lang", m.Lang);
            }
            writer.WriteString("published_at", m.PublishedAt);
            writer.WriteNumber("likes", m.Likes);
            writer.WriteNumber("shares", m.Shares);
            writer.WriteNumber("replies", m.Replies);
            if (m.Rating is { } rating)
            {
                writer.WriteNumber("rating", rating);
            }
            writer.WriteEndObject();
            writer.Flush();
            stream.WriteByte((byte)'\n');
            writer.Reset();
        }
        return kept;
    }

    // Most mentions get no engagement at all, a few get thousands.
    private static long HeavyTail(Random random, double scale) => (long)Math.Floor(Math.Exp(random.NextDouble() * random.NextDouble() * scale * 1.5)) - 1;

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceBreak();
}
