using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace SocialListening.Search.Elasticsearch;

/// <summary>Builds the HttpClient for a cluster (TLS trust from the options) and the authentication header.</summary>
public static class ElasticsearchHttp
{
    public static HttpClient CreateClient(ElasticsearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = System.Net.DecompressionMethods.All,
        };
        if (options.InsecureSkipVerify)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        }
        else if (options.CaCertificatePath is { } caPath)
        {
            var authority = LoadAuthority(caPath);
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                TrustedBy(authority, certificate, errors);
        }
        // Authentication is added to each request by the index, so that a client passed in gets it too.
        return new HttpClient(handler, disposeHandler: true) { Timeout = options.RequestTimeout };
    }

    /// <summary>ApiKey when a key is given, else Basic when a user is given, else none.</summary>
    public static AuthenticationHeaderValue? Authorization(ElasticsearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.ApiKey))
        {
            return new AuthenticationHeaderValue("ApiKey", options.ApiKey.Trim());
        }
        if (!string.IsNullOrEmpty(options.Username))
        {
            var pair = Encoding.UTF8.GetBytes(options.Username + ":" + (options.Password ?? ""));
            return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(pair));
        }
        return null;
    }

    private static X509Certificate2 LoadAuthority(string path)
    {
        try
        {
            return X509Certificate2.CreateFromPemFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            throw new ElasticsearchException($"Cannot read the CA certificate '{path}': {e.Message}", null, e);
        }
    }

    // The server certificate must chain to the configured authority; the host name must still match.
    private static bool TrustedBy(X509Certificate2 authority, X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch) || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return false;
        }
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var server = new X509Certificate2(certificate);
        return chain.Build(server);
    }
}
