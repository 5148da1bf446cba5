using System.Net;
using System.Net.Sockets;

namespace SocialListening.Ingestion.Http;

/// <summary>
/// The socket handler every crawler request goes through. It resolves the host itself and connects only to an
/// address it checked, so DNS rebinding (a name that resolves publicly when checked and privately when used) and a
/// redirect to a private host are refused at the one place a connection is made.
/// </summary>
public static class GuardedConnector
{
    /// <summary>Resolves a host name to its addresses (DNS by default; tests stand in their own).</summary>
    public delegate Task<IPAddress[]> Resolver(string host, CancellationToken cancellationToken);

    public static SocketsHttpHandler CreateHandler(CrawlerOptions options, Resolver? resolve = null) => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = options.Timeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        UseCookies = false,
        // A proxy would make the connection to the proxy, not to the checked address: crawlers connect directly.
        UseProxy = false,
        ConnectCallback = (context, ct) => ConnectAsync(context.DnsEndPoint, options.MayBePrivate(context.DnsEndPoint.Host), resolve ?? Dns.GetHostAddressesAsync, ct),
    };

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, bool allowPrivate, Resolver resolve, CancellationToken cancellationToken)
    {
        // IPAddress parses every literal form a URL can carry: 2130706433, 0177.0.0.1, 0x7f.1, [::ffff:127.0.0.1].
        var addresses = IPAddress.TryParse(endPoint.Host.Trim('[', ']'), out var literal)
            ? [literal]
            : await resolve(endPoint.Host, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new HttpRequestException($"{endPoint.Host} has no address.");
        }
        if (!allowPrivate && addresses.FirstOrDefault(a => !AddressGuard.IsPublic(a)) is { } blocked)
        {
            // Refuse the name outright when any of its addresses is private, rather than trying the public ones: a
            // name that mixes both is exactly what a rebinding attack looks like.
            throw new BlockedAddressException(endPoint.Host, $"it resolves to the non-public address {blocked}");
        }
        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endPoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
        }
        throw new HttpRequestException($"Could not connect to {endPoint.Host}:{endPoint.Port}.", last);
    }
}
