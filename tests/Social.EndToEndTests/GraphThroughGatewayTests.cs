using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Social.Testing;

namespace Social.EndToEndTests;

/// <summary>
/// The follow graph through the gateway with the whole suite: follow a public account, request a private one, accept,
/// block, and see lists and counters change (counts travel from Graph to Profile as events).
/// </summary>
public sealed class GraphThroughGatewayTests(SuiteFixture suite)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Follow_request_accept_and_block_change_lists_and_counts()
    {
        var ana = await SignedInUserAsync("e2e_ana");
        var bob = await SignedInUserAsync("e2e_bob");
        var cy = await SignedInUserAsync("e2e_cy");

        // Public: following at once, visible in both lists and, through events, in Bob's profile.
        Assert.Equal("following", await FollowAsync(ana, bob));
        Assert.Equal([ana.Id], await ListAsync(cy, $"/api/v1/users/{bob.Id}/followers"));
        await Eventually.ReturnsAsync(() => FollowersShownAsync(cy, bob), count => count == "1", Patience, "Bob's follower count");

        // Private: a request, which Cy accepts.
        using (var goPrivate = await SendAsync(cy, HttpMethod.Patch, "/api/v1/me", """{"isPrivate":true}"""))
        {
            Assert.Equal(HttpStatusCode.OK, goPrivate.StatusCode);
        }

        // Settings reach Graph as an event: once a stranger is refused Cy's lists, Graph applies the private account.
        await Eventually.ReturnsAsync(
            async () => (await SendAsync(ana, HttpMethod.Get, $"/api/v1/users/{cy.Id}/followers")).StatusCode,
            status => status == HttpStatusCode.Forbidden, Patience, "Graph to see Cy private");
        using (var stranger = await SendAsync(ana, HttpMethod.Get, $"/api/v1/users/{cy.Id}/followers"))
        {
            Assert.Equal("private_account", (await stranger.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }

        Assert.Equal("requested", await FollowAsync(bob, cy));
        Assert.Equal([bob.Id], await ListAsync(cy, "/api/v1/me/follow-requests"));

        using (var accepted = await SendAsync(cy, HttpMethod.Post, $"/api/v1/me/follow-requests/{bob.Id}:accept"))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        Assert.Equal([bob.Id], await ListAsync(bob, $"/api/v1/users/{cy.Id}/followers"));

        // Bob blocks Ana: her follow is severed, the counts follow, and Bob no longer exists for her.
        using (var blocked = await SendAsync(bob, HttpMethod.Put, $"/api/v1/me/blocks/{ana.Id}"))
        {
            Assert.Equal(HttpStatusCode.OK, blocked.StatusCode);
        }

        Assert.Empty(await ListAsync(cy, $"/api/v1/users/{bob.Id}/followers"));
        await Eventually.ReturnsAsync(() => FollowersShownAsync(cy, bob), count => count == "0", Patience, "the block in Bob's count");
        using (var hidden = await SendAsync(ana, HttpMethod.Get, $"/api/v1/profiles/{bob.Handle}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        var relationships = await SendAsync(bob, HttpMethod.Get, $"/api/v1/me/relationships?ids={ana.Id},{cy.Id}");
        var items = (await relationships.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().ToList();
        Assert.True(items.Single(i => i.GetProperty("userId").GetString() == ana.Id).GetProperty("blocking").GetBoolean());
        Assert.True(items.Single(i => i.GetProperty("userId").GetString() == cy.Id).GetProperty("following").GetBoolean());
    }

    private async Task<User> SignedInUserAsync(string prefix)
    {
        using var http = Gateway();
        var handle = prefix + "_" + Guid.NewGuid().ToString("N")[..10];
        const string password = "long-enough-secret";
        var created = await http.PostAsJsonAsync("/api/v1/accounts", new { handle, password, displayName = prefix });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userId").GetString()!;
        var signIn = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "social-app", ["username"] = handle, ["password"] = password,
        }));
        var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
        var user = new User(id, handle, token);
        // Graph learns of new accounts from Profile's events: wait until it answers for this one.
        await Eventually.ReturnsAsync(async () => (await SendAsync(user, HttpMethod.Get, $"/api/v1/users/{id}/followers")).StatusCode, s => s == HttpStatusCode.OK, Patience, "Graph to know the user");
        return user;
    }

    private async Task<string?> FollowAsync(User actor, User target)
    {
        using var response = await SendAsync(actor, HttpMethod.Put, $"/api/v1/me/following/{target.Id}");
        return response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString() : null;
    }

    private async Task<IReadOnlyList<string>> ListAsync(User viewer, string path)
    {
        using var response = await SendAsync(viewer, HttpMethod.Get, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("userId").GetString()!).ToList();
    }

    private async Task<string?> FollowersShownAsync(User viewer, User owner)
    {
        using var response = await SendAsync(viewer, HttpMethod.Get, $"/api/v1/profiles/{owner.Handle}");
        return response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("followersCount").ToString() : null;
    }

    private async Task<HttpResponseMessage> SendAsync(User user, HttpMethod method, string path, string? json = null)
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

    private HttpClient Gateway() => new() { BaseAddress = suite.EndpointOf("gateway", "http") };

    private sealed record User(string Id, string Handle, string Token);
}
