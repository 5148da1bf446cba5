using Microsoft.AspNetCore.Diagnostics;
using SocialListening.Core.Brands;
using SocialListening.Core.Index;
using SocialListening.Ingestion.Alerts;
using SocialListening.Ingestion.Scheduling;
using SocialListening.Ingestion.Sources;
using SocialListening.Ingestion.State;
using SocialListening.Search.Lucene;

namespace SocialListening.Api.Hosting;

/// <summary>Turns the failures a caller can act on into ProblemDetails with the reason; anything else stays a 500.</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, Microsoft.Extensions.Options.IOptions<ApiOptions> options) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, extensions) = exception switch
        {
            QuerySyntaxException q => (StatusCodes.Status400BadRequest, "Query error", new Dictionary<string, object?> { ["query"] = q.Query, ["column"] = q.Column }),
            QueryLimitException l => (StatusCodes.Status400BadRequest, "Query limit exceeded", new Dictionary<string, object?> { ["query"] = l.Query, ["limit"] = l.Limit }),
            ApiValidationException v => (StatusCodes.Status400BadRequest, "Invalid parameter", new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [v.Parameter] = [v.Message] } }),
            BadHttpRequestException b => (b.StatusCode, "Bad request", new Dictionary<string, object?>()),
            IndexBusyException => (StatusCodes.Status503ServiceUnavailable, "Index busy", new Dictionary<string, object?>()),
            BrandCatalogException => (StatusCodes.Status400BadRequest, "Configuration error", new Dictionary<string, object?>()),
            SourceConfigurationException => (StatusCodes.Status400BadRequest, "Invalid source", new Dictionary<string, object?>()),
            SourceNotFoundException => (StatusCodes.Status404NotFound, "No such source", new Dictionary<string, object?>()),
            SourceConflictException or AlertRuleConflictException => (StatusCodes.Status409Conflict, "Conflict", new Dictionary<string, object?>()),
            _ when StorageFailure.Cause(exception) is { } cause => (StatusCodes.Status503ServiceUnavailable, "Storage unavailable", new Dictionary<string, object?> { ["cause"] = cause }),
            _ => (0, "", new Dictionary<string, object?>()),
        };
        if (status == 0)
        {
            return false;
        }
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = status,
                Title = title,
                Detail = StorageFailure.Describe(exception, options.Value.DataDirectory) ?? exception.Message,
                Extensions = extensions,
            },
        }).ConfigureAwait(false);
    }
}
