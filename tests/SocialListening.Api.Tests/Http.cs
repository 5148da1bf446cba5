using System.Net;
using System.Text.Json;

namespace SocialListening.Api.Tests;

internal static class Http
{
    public static async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var body = text.Length > 0 && (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) ?? false)
            ? JsonDocument.Parse(text).RootElement.Clone()
            : default;
        return (response.StatusCode, body, response);
    }

    public static async Task<JsonElement> OkJsonAsync(this HttpClient client, string url)
    {
        var (status, body, response) = await client.GetJsonAsync(url);
        Assert.True(status == HttpStatusCode.OK, $"{url}: {(int)status} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        return body;
    }
}
