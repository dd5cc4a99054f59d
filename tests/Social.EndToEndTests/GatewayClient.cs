using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Social.Testing;

namespace Social.EndToEndTests;

/// <summary>A client app's view of the suite: users signed up and signed in through the gateway, and calls made as them.</summary>
public sealed class GatewayClient(SuiteHost suite)
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>The password of every user this client signs up.</summary>
    public const string Password = "long-enough-secret";

    /// <summary>
    /// A new account, signed in, once Graph has heard of it (accounts reach it as events). With
    /// <paramref name="signInAtProfile"/>, the token is asked of Profile itself (it is the same token, for the same
    /// issuer), so a test that needs users but does not test signing in leaves the gateway's per-address sign-in budget,
    /// which every test shares, to those that do.
    /// </summary>
    public async Task<GatewayUser> SignedInUserAsync(string prefix, bool signInAtProfile = false)
    {
        using var http = signInAtProfile ? new HttpClient { BaseAddress = suite.EndpointOf("profile", "http") } : Gateway();
        var handle = prefix + "_" + Guid.NewGuid().ToString("N")[..10];
        const string password = Password;
        var created = await http.PostAsJsonAsync("/api/v1/accounts", new { handle, password, displayName = prefix });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userId").GetString()!;
        var signIn = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "social-app", ["username"] = handle, ["password"] = password,
        }));
        // The gateway limits password sign-ins per client address, and every test signs in from this one.
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
        var user = new GatewayUser(id, handle, token);
        await Eventually.ReturnsAsync(async () => (await SendAsync(user, HttpMethod.Get, $"/api/v1/users/{id}/followers")).StatusCode, s => s == HttpStatusCode.OK, Patience, "Graph to know the user");
        return user;
    }

    /// <summary>A call as <paramref name="user"/>, its body read into memory.</summary>
    public async Task<HttpResponseMessage> SendAsync(GatewayUser user, HttpMethod method, string path, string? json = null)
    {
        using var http = Gateway();
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        var response = await http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    /// <summary>The JSON body of a call that must answer <paramref name="expected"/>.</summary>
    public async Task<JsonElement> JsonAsync(GatewayUser user, HttpMethod method, string path, string? json = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await SendAsync(user, method, path, json);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The <paramref name="idField"/> (user ids by default) of each item on a list's first page; fails the test on any status but 200.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(GatewayUser viewer, string path, string idField = "userId") =>
        (await JsonAsync(viewer, HttpMethod.Get, path)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty(idField).GetString()!).ToList();

    /// <summary>A field of <paramref name="owner"/>'s profile as <paramref name="viewer"/> sees it; null while it is not visible.</summary>
    public async Task<string?> ProfileFieldAsync(GatewayUser viewer, GatewayUser owner, string field)
    {
        using var response = await SendAsync(viewer, HttpMethod.Get, $"/api/v1/profiles/{owner.Handle}");
        return response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty(field).ToString() : null;
    }

    /// <summary>Opens the user's live stream through the gateway (a ticket's, when <paramref name="user"/> is null and the query names one).</summary>
    public Task<EventStreamReader> OpenStreamAsync(GatewayUser? user, string pathAndQuery = "/api/v1/stream", string? lastEventId = null, string? origin = null) =>
        EventStreamReader.OpenAsync(Streaming, pathAndQuery, user?.Token, lastEventId, origin);

    /// <summary>One client for the streams a test holds open (a stream outlives the call that opened it).</summary>
    private HttpClient Streaming => _streaming ??= Gateway();

    private HttpClient? _streaming;

    private HttpClient Gateway() => new() { BaseAddress = suite.EndpointOf("gateway", "http") };
}
