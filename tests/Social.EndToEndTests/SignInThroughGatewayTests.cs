using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Social.Testing;

namespace Social.EndToEndTests;

/// <summary>The account lifecycle through the gateway: sign up, sign in, refresh, read and edit "me", search, delete.</summary>
public sealed class SignInThroughGatewayTests(SuiteFixture suite)
{
    [Fact]
    public async Task A_user_signs_up_signs_in_refreshes_edits_searches_and_deletes_through_the_gateway()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = new HttpClient { BaseAddress = suite.EndpointOf("gateway", "http") };
        var handle = "e2e_" + Guid.NewGuid().ToString("N")[..12];
        const string password = "long-enough-secret";
        var created = await http.PostAsJsonAsync("/api/v1/accounts", new { handle, password, displayName = "Signed In" }, ct);
        var userId = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("userId").GetString();

        var signIn = await http.PostAsync("/connect/token", Form(("grant_type", "password"), ("client_id", "social-app"), ("username", handle), ("password", password), ("scope", "offline_access")), ct);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var tokens = await signIn.Content.ReadFromJsonAsync<JsonElement>(ct);

        var refreshed = await http.PostAsync("/connect/token", Form(("grant_type", "refresh_token"), ("client_id", "social-app"), ("refresh_token", tokens.GetProperty("refresh_token").GetString()!)), ct);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var accessToken = (await refreshed.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("access_token").GetString();

        using var anonymous = await http.GetAsync("/api/v1/me", ct);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("unauthenticated", (await anonymous.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("code").GetString());

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var me = await http.SendAsync(request, ct);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(userId, (await me.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("userId").GetString());

        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var edited = await http.PatchAsJsonAsync("/api/v1/me", new { bio = "Edited through the gateway", settings = new { whoCanMessage = "followers" } }, ct);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("followers", (await edited.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("settings").GetProperty("whoCanMessage").GetString());

        var found = await http.GetFromJsonAsync<JsonElement>($"/api/v1/profiles:search?q={handle}", ct);
        Assert.Contains(found.GetProperty("items").EnumerateArray(), p => p.GetProperty("bio").GetString() == "Edited through the gateway");

        using var deleted = await http.DeleteAsync("/api/v1/me", ct);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        // The account's sessions died with it: its token is refused, and signing in again fails.
        using var gone = await http.GetAsync("/api/v1/me", ct);
        Assert.Equal(HttpStatusCode.Unauthorized, gone.StatusCode);
        Assert.Equal("unauthenticated", (await gone.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("code").GetString());
        var signInAgain = await http.PostAsync("/connect/token", Form(("grant_type", "password"), ("client_id", "social-app"), ("username", handle), ("password", password)), ct);
        Assert.Equal(HttpStatusCode.BadRequest, signInAgain.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_access_token_at_once_and_forged_tokens_never_pass_the_gateway()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = new HttpClient { BaseAddress = suite.EndpointOf("gateway", "http") };
        var handle = "e2e_" + Guid.NewGuid().ToString("N")[..12];
        const string password = "long-enough-secret";
        (await http.PostAsJsonAsync("/api/v1/accounts", new { handle, password, displayName = "Signing Out" }, ct)).EnsureSuccessStatusCode();
        var signIn = await http.PostAsync("/connect/token", Form(("grant_type", "password"), ("client_id", "social-app"), ("username", handle), ("password", password)), ct);
        var accessToken = (await signIn.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("access_token").GetString()!;

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(http, "/api/v1/me", accessToken, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(http, "/api/v1/me/followers", Tokens.Tampered(accessToken), ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(http, "/api/v1/conversations", Tokens.WithoutSignature(accessToken), ct)).StatusCode);

        var revoked = await http.PostAsync("/connect/revoke", Form(("client_id", "social-app"), ("token", accessToken)), ct);

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(http, "/api/v1/me", accessToken, ct)).StatusCode);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient http, string path, string token, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request, ct);
    }

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));
}
