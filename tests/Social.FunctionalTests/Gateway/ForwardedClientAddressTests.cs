using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Social.ServiceDefaults;

namespace Social.FunctionalTests.Gateway;

/// <summary>
/// The client address behind a load balancer: X-Forwarded-For counts only from a listed proxy, and then only the entry
/// that proxy appended. A per-address budget of one request shows which address each request was counted against.
/// </summary>
public sealed class ForwardedClientAddressTests
{
    private const string Proxy = "10.0.0.5";
    private const string ProxyNetwork = "10.0.0.0/24";
    private const string Client = "203.0.113.7";
    private const string OtherClient = "198.51.100.9";
    private const string Spoofed = "192.0.2.1";
    private const string OtherSpoofed = "192.0.2.2";

    private static readonly Uri Me = new("/api/v1/me", UriKind.Relative);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(null, null, Client)]
    [InlineData(null, null, "127.0.0.1")]
    [InlineData(null, null, "::1")]
    [InlineData("KnownProxies", Proxy, Client)]
    [InlineData("KnownNetworks", ProxyNetwork, Client)]
    public async Task Forwarded_for_from_an_address_that_is_not_a_listed_proxy_is_ignored(string? list, string? listed, string sender)
    {
        // Nothing listed (loopback is not trusted by default either), or a proxy listed that the request does not come from.
        await using var profile = await EchoAsync();
        await using var gateway = OneRequestPerAddress(list, listed).WithHttp(ResourceNames.Profile, profile.Address);
        using var client = ClientFrom(gateway, sender);

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, forwardedFor: Spoofed)).StatusCode);

        // Naming another address buys no new budget: both requests counted against the sender.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetAsync(client, forwardedFor: OtherSpoofed)).StatusCode);
    }

    [Theory]
    [InlineData("KnownProxies", Proxy)]
    [InlineData("KnownNetworks", ProxyNetwork)]
    public async Task Behind_a_listed_proxy_forwarded_for_names_the_client_and_each_client_has_its_own_budget(string list, string listed)
    {
        await using var profile = await EchoAsync();
        await using var gateway = OneRequestPerAddress(list, listed).WithHttp(ResourceNames.Profile, profile.Address);
        using var proxy = ClientFrom(gateway, Proxy);

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(proxy, forwardedFor: Client)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetAsync(proxy, forwardedFor: Client)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(proxy, forwardedFor: OtherClient)).StatusCode);
    }

    [Fact]
    public async Task A_client_behind_the_proxy_cannot_choose_its_address_by_sending_its_own_forwarded_for()
    {
        await using var profile = await EchoAsync();
        await using var gateway = OneRequestPerAddress("KnownProxies", Proxy).WithHttp(ResourceNames.Profile, profile.Address);
        using var proxy = ClientFrom(gateway, Proxy);

        // The client claims to be someone else; the proxy appends the address it really came from.
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(proxy, forwardedFor: $"{OtherClient}, {Client}")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetAsync(proxy, forwardedFor: $"{Spoofed}, {Client}")).StatusCode);

        // The address it claimed was not charged.
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(proxy, forwardedFor: OtherClient)).StatusCode);
    }

    [Fact]
    public async Task The_service_is_told_the_client_address_and_scheme_only_a_listed_proxy_forwarded()
    {
        var seen = new List<(string For, string Proto)>();
        await using var profile = await UpstreamStub.StartAsync(context =>
        {
            lock (seen)
            {
                seen.Add((context.Request.Headers["X-Forwarded-For"].ToString(), context.Request.Headers["X-Forwarded-Proto"].ToString()));
            }

            return context.Response.WriteAsync("{}", context.RequestAborted);
        });
        await using var gateway = new GatewayFactory()
            .WithSetting("ForwardedHeaders:KnownProxies:0", Proxy)
            .WithHttp(ResourceNames.Profile, profile.Address);
        using var proxy = ClientFrom(gateway, Proxy);
        using var direct = ClientFrom(gateway, Client);

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(proxy, forwardedFor: $"{Spoofed}, {Client}", forwardedProto: "https")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(direct, forwardedFor: Spoofed, forwardedProto: "https")).StatusCode);

        Assert.Equal([(Client, "https"), (Client, "http")], seen);
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "load-balancer")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/33")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.5/24")]
    [InlineData("ForwardedHeaders:ForwardLimit", "0")]
    public void A_malformed_proxy_setting_stops_the_gateway_from_starting(string key, string value)
    {
        using var gateway = new GatewayFactory().WithSetting(key, value);

        var error = Assert.Throws<OptionsValidationException>(() => gateway.CreateClient());

        Assert.Contains("ForwardedHeaders", error.Message, StringComparison.Ordinal);
    }

    /// <param name="list">KnownProxies or KnownNetworks, or null to list no proxy.</param>
    /// <param name="listed">The proxy address or range to list.</param>
    private static GatewayFactory OneRequestPerAddress(string? list, string? listed)
    {
        // A frozen clock, so that the two requests of a test never straddle a window.
        var gateway = new GatewayFactory().WithClock(new FrozenClock(DateTimeOffset.UnixEpoch)).WithSetting("RateLimits:PerIp:PermitLimit", "1");
        if (list is not null && listed is not null)
        {
            gateway.WithSetting($"ForwardedHeaders:{list}:0", listed);
        }

        return gateway;
    }

    private static HttpClient ClientFrom(GatewayFactory gateway, string address)
    {
        var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Add(ClientAddressStartupFilter.Header, address);
        return client;
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string forwardedFor, string? forwardedProto = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Me);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }

        return await client.SendAsync(request, Cancellation);
    }

    private static Task<UpstreamStub> EchoAsync() =>
        UpstreamStub.StartAsync(context => context.Response.WriteAsync("{}", context.RequestAborted));
}
