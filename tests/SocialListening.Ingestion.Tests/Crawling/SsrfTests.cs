using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using SocialListening.Ingestion.Http;

namespace SocialListening.Ingestion.Tests.Crawling;

/// <summary>
/// The crawler cannot be steered to the machine it runs on or to its network: names that resolve to loopback,
/// link-local (cloud metadata) or private addresses, and every literal spelling of those addresses, are refused at
/// connection time, before a byte is sent.
/// </summary>
public sealed class SsrfTests : IAsyncLifetime
{
    private FakeSite _site = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await FakeSite.StartAsync();
        _site.Map("/feed", c => FakeSite.Write(c, "application/rss+xml", Payloads.Rss));
    }

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    private string Port => _site.BaseUri.Port.ToString(CultureInfo.InvariantCulture);

    /// <summary>A resolver standing in for a hostile DNS zone; other names (localhost) go to the system's resolver.</summary>
    private static Task<IPAddress[]> HostileDns(string host, CancellationToken cancellationToken) => host.EndsWith(".evil.test", StringComparison.Ordinal)
        ? Task.FromResult(Zone(host))
        : Dns.GetHostAddressesAsync(host, cancellationToken);

    private static IPAddress[] Zone(string host) => host switch
    {
        "loopback.evil.test" => new[] { IPAddress.Loopback },
        "loopback6.evil.test" => [IPAddress.IPv6Loopback],
        "metadata.evil.test" => [IPAddress.Parse("169.254.169.254")],
        "mapped.evil.test" => [IPAddress.Parse("::ffff:127.0.0.1")],
        "private.evil.test" => [IPAddress.Parse("10.0.0.1")],
        "rebind.evil.test" => [IPAddress.Parse("93.184.216.34"), IPAddress.Loopback],
        _ => throw new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.HostNotFound),
    };

    private static PoliteHttpClient Client() =>
        new(CrawlHarness.Fast(allowPrivate: false), TimeProvider.System, NullLogger<PoliteHttpClient>.Instance, HostileDns);

    [Theory]
    [InlineData("http://localhost:{port}/feed")]
    [InlineData("http://LOCALHOST:{port}/feed")]
    [InlineData("http://loopback.evil.test:{port}/feed")]
    [InlineData("http://loopback6.evil.test:{port}/feed")]
    [InlineData("http://metadata.evil.test/latest/meta-data/")]
    [InlineData("http://mapped.evil.test:{port}/feed")]
    [InlineData("http://private.evil.test/feed")]
    [InlineData("http://rebind.evil.test:{port}/feed")]
    [InlineData("http://2130706433:{port}/feed")]
    [InlineData("http://0177.0.0.1:{port}/feed")]
    [InlineData("http://0x7f.0.0.1:{port}/feed")]
    [InlineData("http://0x7f000001:{port}/feed")]
    [InlineData("http://127.1:{port}/feed")]
    [InlineData("http://0:{port}/feed")]
    [InlineData("http://0.0.0.0:{port}/feed")]
    [InlineData("http://[::1]:{port}/feed")]
    [InlineData("http://[::]:{port}/feed")]
    [InlineData("http://[::ffff:127.0.0.1]:{port}/feed")]
    [InlineData("http://[::ffff:7f00:1]:{port}/feed")]
    [InlineData("http://[0:0:0:0:0:ffff:169.254.169.254]/latest/meta-data/")]
    [InlineData("http://[::127.0.0.1]:{port}/feed")]
    [InlineData("http://[64:ff9b::a9fe:a9fe]/latest/meta-data/")]
    [InlineData("http://[fe80::1%25lo]:{port}/feed")]
    [InlineData("http://2852039166/latest/meta-data/")]
    public async Task Loopback_metadata_and_private_targets_are_refused_in_every_spelling(string url)
    {
        using var client = Client();

        var error = await Assert.ThrowsAsync<BlockedAddressException>(() =>
            client.GetAsync(new Uri(url.Replace("{port}", Port, StringComparison.Ordinal)), ConditionalHeaders.None, "*/*", TestContext.Current.CancellationToken));

        Assert.Contains("Refused to connect", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _site.Count("/feed"));
    }

    [Theory]
    [InlineData("http://metadata.evil.test/latest/meta-data/")]
    [InlineData("http://2130706434:{port}/feed")]
    [InlineData("http://[::ffff:127.0.0.2]:{port}/feed")]
    [InlineData("http://localhost:{port}/feed")]
    public async Task A_redirect_to_a_name_or_literal_of_a_private_address_is_refused(string target)
    {
        // The first host is allowed by name; where it redirects must pass the check on its own.
        using var client = new PoliteHttpClient(CrawlHarness.Fast(allowPrivate: false) with { AllowedPrivateHosts = ["127.0.0.1"] },
            TimeProvider.System, NullLogger<PoliteHttpClient>.Instance, HostileDns);
        _site.Map("/hop", c =>
        {
            c.Response.StatusCode = 302;
            c.Response.Headers.Location = target.Replace("{port}", Port, StringComparison.Ordinal);
            return Task.CompletedTask;
        });

        await Assert.ThrowsAsync<BlockedAddressException>(() =>
            client.GetAsync(new Uri(_site.BaseUri, "/hop"), ConditionalHeaders.None, "*/*", TestContext.Current.CancellationToken));

        Assert.Equal(1, _site.Count("/hop"));
        Assert.Equal(0, _site.Count("/feed"));
    }

    [Theory]
    [InlineData("::7f00:1", false)]
    [InlineData("64:ff9b::a00:1", false)]
    [InlineData("64:ff9b::808:808", true)]
    [InlineData("2001:db8::1", false)]
    [InlineData("100::1", false)]
    [InlineData("::", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("198.18.0.1", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("255.255.255.255", false)]
    [InlineData("1.1.1.1", true)]
    public void AddressGuard_knows_the_wrapped_and_special_ranges(string address, bool isPublic) =>
        Assert.Equal(isPublic, AddressGuard.IsPublic(IPAddress.Parse(address)));
}
