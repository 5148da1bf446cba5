using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SocialListening.Ingestion.Alerts;

/// <summary>
/// POSTs JSON to a webhook, retrying transient failures (connection errors, timeouts, 408, 429 and 5xx) with
/// exponential back-off: <see cref="BaseDelay"/>, then twice that, and so on, <see cref="Attempts"/> tries in all.
/// A 4xx other than 408/429 is final: sending it again would fail the same way.
/// </summary>
public sealed class WebhookSender(HttpClient http, TimeProvider time)
{
    public int Attempts { get; init; } = 4;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <returns>Whether the receiver accepted it, and the last status or error.</returns>
    public async Task<(bool Ok, string Outcome)> SendAsync(Uri url, JsonObject body, CancellationToken ct)
    {
        var outcome = "not sent";
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(BaseDelay * Math.Pow(2, attempt - 1), time, ct).ConfigureAwait(false);
            }
            try
            {
                using var response = await http.PostAsJsonAsync(url, body, ct).ConfigureAwait(false);
                outcome = $"HTTP {(int)response.StatusCode}";
                if (response.IsSuccessStatusCode)
                {
                    return (true, outcome);
                }
                if (!Transient(response.StatusCode))
                {
                    return (false, outcome);
                }
            }
            catch (HttpRequestException e)
            {
                outcome = e.Message;
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                outcome = "timeout";
            }
        }
        return (false, outcome);
    }

    private static bool Transient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;
}
