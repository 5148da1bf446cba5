using System.Text.Json;
using SocialListening.Core.Mentions;

namespace SocialListening.Benchmarks;

/// <summary>The first mentions of the demo corpus (copied beside the binary): real French and English posts and reviews.</summary>
public static class DemoTexts
{
    public const int Count = 200;

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "demo");

    public static Mention[] Mentions()
    {
        var mentions = new List<Mention>();
        foreach (var line in File.ReadLines(Path.Combine(Folder, "mentions.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            mentions.Add(new Mention
            {
                Id = r.GetProperty("id").GetString()!,
                Source = r.GetProperty("source").GetString()!,
                Text = r.GetProperty("text").GetString()!,
                Title = r.TryGetProperty("title", out var t) ? t.GetString() : null,
                Lang = r.TryGetProperty("lang", out var l) ? l.GetString() : null,
                PublishedAt = r.GetProperty("published_at").GetDateTimeOffset(),
                Author = r.TryGetProperty("author", out var a) ? a.GetString() : null,
                Likes = r.TryGetProperty("likes", out var k) ? k.GetInt64() : 0,
            });
            if (mentions.Count == Count)
            {
                break;
            }
        }
        return [.. mentions];
    }
}
