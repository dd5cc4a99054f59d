using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Social.ServiceDefaults;

namespace Social.FunctionalTests.Gateway;

/// <summary>
/// The issuer's discovery document read through the gateway names the gateway, as the client reached it, for every
/// endpoint, so a client that discovers its endpoints stays on the gateway; behind a listed proxy, the public host and
/// scheme it forwarded. The issuer builds its addresses from the request it received, as OpenIddict does.
/// </summary>
public sealed class DiscoveryDocumentTests
{
    private const string Proxy = "10.0.0.5";
    private const string Discovery = "/.well-known/openid-configuration";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_endpoint_read_through_the_gateway_is_on_the_gateway()
    {
        await using var profile = await IssuerAsync(issuer: "http://localhost/");
        await using var gateway = new GatewayFactory().WithHttp(ResourceNames.Profile, profile.Address);

        var document = await DiscoverAsync(gateway, from: null);

        AssertEveryAddressStartsWith("http://localhost/", document);
        Assert.Equal("http://localhost/connect/token", document["token_endpoint"]!.GetValue<string>());
        Assert.Equal("http://localhost/connect/revoke", document["revocation_endpoint"]!.GetValue<string>());
        Assert.Equal("http://localhost/.well-known/jwks", document["jwks_uri"]!.GetValue<string>());
        // Not an address to rewrite: the document's other members pass as they came.
        Assert.Equal("password", document["grant_types_supported"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Behind_a_listed_proxy_every_address_is_the_public_one_it_forwarded()
    {
        await using var profile = await IssuerAsync(issuer: "https://social.example.com/");
        await using var gateway = new GatewayFactory()
            .WithSetting("ForwardedHeaders:KnownProxies:0", Proxy)
            .WithHttp(ResourceNames.Profile, profile.Address);

        var document = await DiscoverAsync(gateway, from: Proxy);

        AssertEveryAddressStartsWith("https://social.example.com/", document);
        Assert.Equal("https://social.example.com/connect/token", document["token_endpoint"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_forwarded_host_from_anyone_but_a_listed_proxy_is_ignored()
    {
        await using var profile = await IssuerAsync(issuer: "http://localhost/");
        await using var gateway = new GatewayFactory()
            .WithSetting("ForwardedHeaders:KnownProxies:0", Proxy)
            .WithHttp(ResourceNames.Profile, profile.Address);

        var document = await DiscoverAsync(gateway, from: "203.0.113.7");

        AssertEveryAddressStartsWith("http://localhost/", document);
    }

    /// <summary>Stands in for Profile: the document OpenIddict serves, its endpoints built from the Host it was sent.</summary>
    private static Task<UpstreamStub> IssuerAsync(string issuer) =>
        UpstreamStub.StartAsync(context =>
        {
            var origin = $"http://{context.Request.Host}";
            var document = new JsonObject
            {
                ["issuer"] = issuer,
                ["token_endpoint"] = $"{origin}/connect/token",
                ["revocation_endpoint"] = $"{origin}/connect/revoke",
                ["jwks_uri"] = $"{origin}/.well-known/jwks",
                ["grant_types_supported"] = new JsonArray("password", "refresh_token", "client_credentials"),
                ["revocation_endpoint_auth_methods_supported"] = new JsonArray("client_secret_post"),
            };
            context.Response.ContentType = "application/json;charset=UTF-8";
            return context.Response.WriteAsync(document.ToJsonString(), context.RequestAborted);
        });

    /// <param name="from">The client address the request comes from; a listed proxy forwards the public host and scheme.</param>
    private static async Task<JsonObject> DiscoverAsync(GatewayFactory gateway, string? from)
    {
        using var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = null;
        using var request = new HttpRequestMessage(HttpMethod.Get, Discovery);
        if (from is not null)
        {
            request.Headers.Add(ClientAddressStartupFilter.Header, from);
            request.Headers.Add("X-Forwarded-For", "203.0.113.7");
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Add("X-Forwarded-Host", "social.example.com");
        }

        var response = await client.SendAsync(request, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancellation))!.AsObject();
    }

    private static void AssertEveryAddressStartsWith(string origin, JsonObject document)
    {
        var addresses = document
            .Where(member => member.Value is JsonValue value && value.TryGetValue<string>(out var text) && Uri.IsWellFormedUriString(text, UriKind.Absolute))
            .ToList();

        Assert.NotEmpty(addresses);
        Assert.All(addresses, member => Assert.StartsWith(origin, member.Value!.GetValue<string>(), StringComparison.Ordinal));
    }
}
