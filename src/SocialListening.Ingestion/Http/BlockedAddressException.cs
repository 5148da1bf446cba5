namespace SocialListening.Ingestion.Http;

/// <summary>A request would have reached a private, loopback or otherwise non-public address.</summary>
public sealed class BlockedAddressException(string host, string reason)
    : Exception($"Refused to connect to {host}: {reason} (set crawler.allow_private_networks to allow it).")
{
    public string Host { get; } = host;
}
