using Microsoft.AspNetCore.Http.HttpResults;
using SocialListening.Api.Hosting;
using SocialListening.Api.Security;
using SocialListening.Ingestion.Alerts;

namespace SocialListening.Api.Features.Alerts;

/// <summary>A rule to add: the fields of an entry of the configuration's <c>alerts:</c> list.</summary>
public sealed record NewAlertRuleRequest(string? Name, string? Kind, double? MinRisk, List<string>? Brands, string? WebhookUrl, string? Format, int? MaxPerHour);

/// <summary>The answer to a test message: whether the webhook accepted it, and what it answered.</summary>
public sealed record AlertTestResult(string Rule, bool Accepted, string Outcome);

/// <summary>
/// Alerts: the alerts sent recently (everyone), the rules (community managers, webhooks shown by host only), and
/// adding, removing and testing rules (admins). `sl run` evaluates the rules every minute, added ones included.
/// </summary>
public static class AlertsApi
{
    public static IEndpointRouteBuilder MapAlertsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/alerts").WithTags("Alerts");
        group.MapGet("", (AlertStateStore sent, int? limit) => TypedResults.Ok(sent.Recent(Math.Clamp(limit ?? 50, 1, 500))))
            .RequireRole(ApiRole.Viewer).WithName("SentAlerts").WithSummary("The alerts posted to webhooks, newest first");
        group.MapGet("/rules", (AlertRuleCatalog rules) => TypedResults.Ok(rules.Entries.Select(AlertRuleView.From).ToArray()))
            .RequireRole(ApiRole.CommunityManager).WithName("AlertRules").WithSummary("The alert rules, configured and added (webhooks by host only)");
        group.MapPost("/rules", AddRule).RequireRole(ApiRole.Admin).WithName("AddAlertRule").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Add an alert rule (kept in the data folder; evaluated by `sl run` from the next minute)");
        group.MapDelete("/rules/{name}", RemoveRule).RequireRole(ApiRole.Admin).WithName("RemoveAlertRule").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Remove an alert rule added at run time");
        group.MapPost("/rules/{name}/test", TestRuleAsync).RequireRole(ApiRole.Admin).WithName("TestAlertRule")
            .WithSummary("Post a clearly marked test message to the rule's webhook");
        return app;
    }

    // Conflicts with an existing rule (409) become ProblemDetails in ProblemExceptionHandler.
    private static Created<AlertRuleView> AddRule(NewAlertRuleRequest request, AlertRuleCatalog rules)
    {
        AlertRule rule;
        try
        {
            rule = AlertRulesFile.Build("rule", request.Name, request.Kind, request.MinRisk, request.Brands, request.WebhookUrl, request.Format, request.MaxPerHour);
        }
        catch (InvalidDataException e)
        {
            throw new ApiValidationException("rule", e.Message);
        }
        rules.Add(rule);
        return TypedResults.Created($"/api/alerts/rules/{Uri.EscapeDataString(rule.Name)}", AlertRuleView.From(new AlertRuleEntry(rule, false)));
    }

    private static Results<NoContent, ProblemHttpResult> RemoveRule(string name, AlertRuleCatalog rules) =>
        rules.Remove(name) ? TypedResults.NoContent() : NoSuchRule(name);

    private static async Task<Results<Ok<AlertTestResult>, ProblemHttpResult>> TestRuleAsync(string name, AlertRuleCatalog rules, AlertDispatcher dispatcher, CancellationToken ct)
    {
        if (rules.Find(name) is not { } entry)
        {
            return NoSuchRule(name);
        }
        var (ok, outcome) = await dispatcher.TestAsync(entry.Rule, ct).ConfigureAwait(false);
        return TypedResults.Ok(new AlertTestResult(entry.Rule.Name, ok, outcome));
    }

    private static ProblemHttpResult NoSuchRule(string name) =>
        TypedResults.Problem($"No alert rule named '{name}'.", statusCode: StatusCodes.Status404NotFound, title: "No such alert rule");
}
