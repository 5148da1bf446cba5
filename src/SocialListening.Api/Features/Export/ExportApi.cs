using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialListening.Api.Features.Search;
using SocialListening.Api.Hosting;
using SocialListening.Api.Security;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;

namespace SocialListening.Api.Features.Export;

/// <summary>
/// Export of any search as CSV or NDJSON, streamed page by page through the index cursor, so memory stays flat
/// whatever the size. The first page is read before the response starts, so a bad query is still a clean 400.
/// </summary>
public static class ExportApi
{
    private const int PageSize = 500;

    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/export").WithTags("Export").RequireRole(ApiRole.Analyst)
            .MapGet("/", ExportAsync).WithName("Export")
            .WithSummary("Stream every mention matching a search as CSV (format=csv) or NDJSON (format=ndjson)");
        return app;
    }

    private static async Task<PushStreamHttpResult> ExportAsync(
        [AsParameters] FilterParameters filter, IMentionIndex index, string? format, string? sort, long? max, CancellationToken ct)
    {
        var csv = (format ?? "csv").ToLowerInvariant() switch
        {
            "csv" => true,
            "ndjson" => false,
            _ => throw new ApiValidationException("format", $"'{format}' is not an export format; use csv or ndjson."),
        };
        var request = new SearchRequest(filter.ToFilter()) { Sort = SearchApi.ParseSort(sort), Limit = PageSize };
        var first = await index.SearchAsync(request, ct).ConfigureAwait(false);
        var limit = max is > 0 ? max.Value : long.MaxValue;
        return TypedResults.Stream(
            async body =>
            {
                await using var writer = new StreamWriter(body, new UTF8Encoding(false), 16 * 1024);
                if (csv)
                {
                    await writer.WriteAsync(CsvFormat.Header).ConfigureAwait(false);
                }
                long written = 0;
                var page = first;
                while (true)
                {
                    foreach (var mention in page.Hits)
                    {
                        if (written++ >= limit)
                        {
                            return;
                        }
                        await writer.WriteAsync(csv ? CsvFormat.Row(mention) : MentionJson.Serialize(mention) + "\n").ConfigureAwait(false);
                    }
                    await writer.FlushAsync(ct).ConfigureAwait(false);
                    if (page.NextCursor is null || page.Hits.Count == 0)
                    {
                        return;
                    }
                    page = await index.SearchAsync(request with { Cursor = page.NextCursor }, ct).ConfigureAwait(false);
                }
            },
            csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8",
            csv ? "mentions.csv" : "mentions.ndjson");
    }
}
