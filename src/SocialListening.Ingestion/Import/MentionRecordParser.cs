using System.Globalization;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Core.Privacy;

namespace SocialListening.Ingestion.Import;

/// <summary>
/// Validates an input record and turns it into a mention: `id`, `source`, `text` and `published_at` (ISO-8601) are
/// required; counts must be whole numbers >= 0; rating 1..5; the author handle is pseudonymised here, at the edge,
/// so the raw handle is never stored.
/// </summary>
public sealed class MentionRecordParser(AuthorPseudonymiser pseudonymiser, TimeProvider time, int maxTextLength)
{
    public const int DefaultMaxTextLength = 100_000;

    public (Mention? Mention, string? Error) Parse(IReadOnlyDictionary<string, string?> fields)
    {
        string? Get(string name) => fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

        var missing = new[] { MentionFields.Id, MentionFields.Source, MentionFields.Text, MentionFields.PublishedAt }
            .Where(f => Get(f) is null).ToArray();
        if (missing.Length > 0)
        {
            return (null, "missing required field" + (missing.Length > 1 ? "s " : " ") + string.Join(", ", missing));
        }
        var text = Get(MentionFields.Text)!;
        if (text.Length > maxTextLength)
        {
            return (null, $"text is {text.Length} characters, over the limit of {maxTextLength}");
        }
        if (!TryDate(Get(MentionFields.PublishedAt)!, out var published))
        {
            return (null, $"published_at '{Clip(Get(MentionFields.PublishedAt)!)}' is not an ISO-8601 date-time");
        }
        DateTimeOffset? collected = null;
        if (Get(MentionFields.CollectedAt) is { } collectedText)
        {
            if (!TryDate(collectedText, out var c))
            {
                return (null, $"collected_at '{Clip(collectedText)}' is not an ISO-8601 date-time");
            }
            collected = c;
        }

        var counts = new long[3];
        string[] countFields = [MentionFields.Likes, MentionFields.Shares, MentionFields.Replies];
        for (var i = 0; i < countFields.Length; i++)
        {
            if (!TryCount(Get(countFields[i]), out counts[i]))
            {
                return (null, $"{countFields[i]} '{Clip(Get(countFields[i])!)}' is not a whole number >= 0");
            }
        }
        long? followers = null;
        if (Get(MentionFields.AuthorFollowers) is { } followersText)
        {
            if (!TryCount(followersText, out var f))
            {
                return (null, $"author_followers '{Clip(followersText)}' is not a whole number >= 0");
            }
            followers = f;
        }
        int? rating = null;
        if (Get(MentionFields.Rating) is { } ratingText)
        {
            if (!double.TryParse(ratingText, NumberStyles.Float, CultureInfo.InvariantCulture, out var r) || r < 1 || r > 5 || r != Math.Floor(r))
            {
                return (null, $"rating '{Clip(ratingText)}' is not a whole number from 1 to 5");
            }
            rating = (int)r;
        }
        var id = Get(MentionFields.Id)!.Trim();
        var source = Get(MentionFields.Source)!.Trim();
        if (id.Length > 512 || source.Length > 128)
        {
            return (null, "id or source is too long (512 and 128 characters at most)");
        }
        var lang = Get(MentionFields.Lang)?.Trim().ToLowerInvariant();

        return (new Mention
        {
            Id = id,
            Source = source,
            Text = text,
            PublishedAt = published,
            Url = Get(MentionFields.Url)?.Trim(),
            Author = Author(Get(MentionFields.Author)),
            AuthorFollowers = followers,
            Title = Get(MentionFields.Title),
            Lang = lang is null || lang == "und" ? null : lang,
            CollectedAt = collected ?? time.GetUtcNow(),
            Likes = counts[0],
            Shares = counts[1],
            Replies = counts[2],
            Rating = rating,
        }, null);
    }

    // A re-import of an export already carries pseudonyms: hashing them again would split one author in two.
    private string? Author(string? handle) =>
        handle is not null && AuthorPseudonymiser.IsPseudonym(handle.Trim()) ? handle.Trim() : pseudonymiser.Pseudonymise(handle);

    private static bool TryDate(string text, out DateTimeOffset value) => IsoDates.TryParse(text, endOfDay: false, out value);

    private static bool TryCount(string? text, out long value)
    {
        value = 0;
        if (text is null)
        {
            return true;
        }
        if (long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value) && value >= 0)
        {
            return true;
        }
        // Some exports write counts as 12.0.
        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d >= 0 && d == Math.Floor(d) && d < long.MaxValue)
        {
            value = (long)d;
            return true;
        }
        return false;
    }

    private static string Clip(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
