using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Social.EndToEndTests;

/// <summary>
/// What a web app served from its own origin meets: the AppHost's <c>Social:AllowedOrigins</c> reaches the gateway,
/// whose preflight answers allow that origin only; an OAuth client that discovers its endpoints stays on the gateway.
/// </summary>
public sealed class BrowserAppThroughGatewayTests(SuiteFixture suite)
{
    private readonly GatewayClient _client = new(suite);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_origin_the_apphost_allows_may_call_the_api_and_no_other()
    {
        var ana = await _client.SignedInUserAsync("e2e_browser");
        using var http = new HttpClient { BaseAddress = suite.EndpointOf("gateway", "http") };

        using var allowed = await http.SendAsync(Preflight(SuiteFixture.BrowserOrigin, "/api/v1/me/mutes/" + ana.Id, "PUT"), Cancellation);
        using var refused = await http.SendAsync(Preflight("https://elsewhere.example", "/api/v1/me/mutes/" + ana.Id, "PUT"), Cancellation);
        using var call = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        call.Headers.Add("Origin", SuiteFixture.BrowserOrigin);
        call.Headers.Authorization = new("Bearer", ana.Token);
        using var answer = await http.SendAsync(call, Cancellation);

        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal(SuiteFixture.BrowserOrigin, Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(SuiteFixture.BrowserOrigin, Assert.Single(answer.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task An_oauth_client_that_discovers_its_endpoints_through_the_gateway_stays_on_the_gateway()
    {
        var gateway = suite.EndpointOf("gateway", "http");
        var origin = gateway.GetLeftPart(UriPartial.Authority) + "/";
        var ana = await _client.SignedInUserAsync("e2e_discover");
        using var http = new HttpClient { BaseAddress = gateway };

        var document = await http.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration", Cancellation);

        var addresses = document.EnumerateObject()
            .Where(member => member.Value.ValueKind == JsonValueKind.String && Uri.IsWellFormedUriString(member.Value.GetString(), UriKind.Absolute))
            .ToList();
        Assert.Contains(addresses, member => member.Name == "token_endpoint");
        Assert.Contains(addresses, member => member.Name == "revocation_endpoint");
        Assert.Contains(addresses, member => member.Name == "jwks_uri");
        Assert.All(addresses, member => Assert.StartsWith(origin, member.Value.GetString()!, StringComparison.Ordinal));

        // The discovered endpoints work: keys to validate with, and a sign-in.
        var keys = await http.GetFromJsonAsync<JsonElement>(document.GetProperty("jwks_uri").GetString(), Cancellation);
        Assert.NotEmpty(keys.GetProperty("keys").EnumerateArray());
        using var signIn = await http.PostAsync(
            document.GetProperty("token_endpoint").GetString(),
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password", ["client_id"] = "social-app", ["username"] = ana.Handle, ["password"] = GatewayClient.Password,
            }),
            Cancellation);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    private static HttpRequestMessage Preflight(string origin, string path, string method)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }
}
