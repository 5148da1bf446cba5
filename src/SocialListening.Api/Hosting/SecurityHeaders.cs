namespace SocialListening.Api.Hosting;

/// <summary>
/// Headers that keep the dashboards from running injected script or being framed. They are set when the response
/// starts, not when the request comes in: the exception handler clears the headers of a failed request before it
/// writes its ProblemDetails, and an error response needs them as much as a page.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static Task Middleware(HttpContext context, Func<Task> next)
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.CacheControl = "no-store";
            return Task.CompletedTask;
        }, context.Response);
        return next();
    }
}
