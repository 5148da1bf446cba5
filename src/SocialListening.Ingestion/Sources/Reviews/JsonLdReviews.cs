using System.Text.Json;

namespace SocialListening.Ingestion.Sources.Reviews;

/// <summary>schema.org Review and AggregateRating objects in JSON-LD blocks, at any depth (Product.review, @graph).</summary>
public static class JsonLdReviews
{
    public static void Collect(JsonElement node, List<ReviewRecord> reviews, List<(double Value, double Best, long Count)> aggregates, int depth = 0)
    {
        if (depth > 32)
        {
            return;
        }
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                Collect(item, reviews, aggregates, depth + 1);
            }
            return;
        }
        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        if (IsType(node, "Review"))
        {
            reviews.Add(new ReviewRecord(
                node.Str("@id") ?? node.Str("url"),
                node.Get("author") is { ValueKind: JsonValueKind.Object } a ? a.Str("name") : node.Str("author"),
                node.Str("name") ?? node.Str("headline"),
                node.Str("reviewBody") ?? node.Str("description") ?? node.Str("text"),
                node.Str("datePublished") ?? node.Str("dateCreated"),
                RatingScale.ToStars(node.Str("reviewRating", "ratingValue"), node.Str("reviewRating", "bestRating"))));
        }
        else if (IsType(node, "AggregateRating") && double.TryParse(node.Str("ratingValue"), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            var best = double.TryParse(node.Str("bestRating"), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var b) ? b : 5;
            aggregates.Add((value, best, node.Long("reviewCount") ?? node.Long("ratingCount") ?? 0));
        }
        foreach (var property in node.EnumerateObject())
        {
            if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                Collect(property.Value, reviews, aggregates, depth + 1);
            }
        }
    }

    private static bool IsType(JsonElement node, string type) => node.Get("@type") switch
    {
        { ValueKind: JsonValueKind.String } t => Matches(JsonRead.Text(t), type),
        { ValueKind: JsonValueKind.Array } types => types.EnumerateArray().Any(t => Matches(JsonRead.Text(t), type)),
        _ => false,
    };

    private static bool Matches(string? value, string type) =>
        value is not null && (value == type || value.EndsWith("/" + type, StringComparison.Ordinal) || value.EndsWith(":" + type, StringComparison.Ordinal));
}
