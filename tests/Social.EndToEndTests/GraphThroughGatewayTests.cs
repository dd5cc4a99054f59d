using System.Net;
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
    private static readonly TimeSpan Patience = GatewayClient.Patience;
    private readonly GatewayClient _client = new(suite);

    [Fact]
    public async Task Follow_request_accept_and_block_change_lists_and_counts()
    {
        var ana = await _client.SignedInUserAsync("e2e_ana");
        var bob = await _client.SignedInUserAsync("e2e_bob");
        var cy = await _client.SignedInUserAsync("e2e_cy");

        // Public: following at once, visible in both lists and, through events, in Bob's profile.
        Assert.Equal("following", await FollowAsync(ana, bob));
        Assert.Equal([ana.Id], await _client.ListAsync(cy, $"/api/v1/users/{bob.Id}/followers"));
        await Eventually.ReturnsAsync(() => FollowersShownAsync(cy, bob), count => count == "1", Patience, "Bob's follower count");

        // Private: a request, which Cy accepts.
        using (var goPrivate = await _client.SendAsync(cy, HttpMethod.Patch, "/api/v1/me", """{"isPrivate":true}"""))
        {
            Assert.Equal(HttpStatusCode.OK, goPrivate.StatusCode);
        }

        // Settings reach Graph as an event: once a stranger is refused Cy's lists, Graph applies the private account.
        await Eventually.ReturnsAsync(
            async () => (await _client.SendAsync(ana, HttpMethod.Get, $"/api/v1/users/{cy.Id}/followers")).StatusCode,
            status => status == HttpStatusCode.Forbidden, Patience, "Graph to see Cy private");
        using (var stranger = await _client.SendAsync(ana, HttpMethod.Get, $"/api/v1/users/{cy.Id}/followers"))
        {
            Assert.Equal("private_account", (await stranger.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }

        Assert.Equal("requested", await FollowAsync(bob, cy));
        Assert.Equal([bob.Id], await _client.ListAsync(cy, "/api/v1/me/follow-requests"));

        using (var accepted = await _client.SendAsync(cy, HttpMethod.Post, $"/api/v1/me/follow-requests/{bob.Id}:accept"))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        Assert.Equal([bob.Id], await _client.ListAsync(bob, $"/api/v1/users/{cy.Id}/followers"));

        // Bob blocks Ana: her follow is severed, the counts follow, and Bob no longer exists for her.
        using (var blocked = await _client.SendAsync(bob, HttpMethod.Put, $"/api/v1/me/blocks/{ana.Id}"))
        {
            Assert.Equal(HttpStatusCode.OK, blocked.StatusCode);
        }

        Assert.Empty(await _client.ListAsync(cy, $"/api/v1/users/{bob.Id}/followers"));
        await Eventually.ReturnsAsync(() => FollowersShownAsync(cy, bob), count => count == "0", Patience, "the block in Bob's count");
        using (var hidden = await _client.SendAsync(ana, HttpMethod.Get, $"/api/v1/profiles/{bob.Handle}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        var relationships = await _client.SendAsync(bob, HttpMethod.Get, $"/api/v1/me/relationships?ids={ana.Id},{cy.Id}");
        var items = (await relationships.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().ToList();
        Assert.True(items.Single(i => i.GetProperty("userId").GetString() == ana.Id).GetProperty("blocking").GetBoolean());
        Assert.True(items.Single(i => i.GetProperty("userId").GetString() == cy.Id).GetProperty("following").GetBoolean());
    }

    private async Task<string?> FollowAsync(GatewayUser actor, GatewayUser target)
    {
        using var response = await _client.SendAsync(actor, HttpMethod.Put, $"/api/v1/me/following/{target.Id}");
        return response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString() : null;
    }

    private Task<string?> FollowersShownAsync(GatewayUser viewer, GatewayUser owner) => _client.ProfileFieldAsync(viewer, owner, "followersCount");
}
