using System.Text.Json.Nodes;

namespace SocialListening.Ingestion.Alerts;

/// <summary>
/// The webhook body of an alert: plain JSON (every field), a Slack incoming-webhook message ({"text": ...} in Slack
/// mrkdwn), or a Microsoft Teams connector MessageCard.
/// </summary>
public static class AlertPayload
{
    public static JsonObject Create(AlertEvent alert, string format)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var link = alert.Link is null ? "" : $"\n{alert.Link}";
        return format switch
        {
            "slack" => new JsonObject { ["text"] = $"*{alert.Title}*\n{alert.Text}{(alert.Link is null ? "" : $"\n<{alert.Link}>")}" },
            "teams" => new JsonObject
            {
                ["@type"] = "MessageCard",
                ["@context"] = "https://schema.org/extensions",
                ["summary"] = alert.Title,
                ["themeColor"] = alert.Kind == "spike" ? "E8A33D" : "D9534F",
                ["title"] = alert.Title,
                ["text"] = alert.Text.Replace("\n", "<br>", StringComparison.Ordinal) + link.Replace("\n", "<br>", StringComparison.Ordinal),
            },
            _ => new JsonObject
            {
                ["rule"] = alert.Rule,
                ["kind"] = alert.Kind,
                ["key"] = alert.Key,
                ["title"] = alert.Title,
                ["text"] = alert.Text,
                ["link"] = alert.Link,
                ["details"] = System.Text.Json.JsonSerializer.SerializeToNode(alert.Details),
            },
        };
    }
}
