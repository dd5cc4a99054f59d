using System.Net;
using System.Text.Json;
using Social.FunctionalTests.Infrastructure;
using Social.Testing;

namespace Social.FunctionalTests.Profile;

/// <summary>
/// Profiles as the caller may see them: counts fed by Graph's events, the caller's relationship, and nobody blocked
/// either way (Graph owns follows and blocks; Profile asks it as an internal caller).
/// </summary>
public sealed class ProfileRelationshipTests(SharedBroker broker) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private Suite _suite = null!;
    private GraphApi _graph = null!;
    private HttpClient _profile = null!;

    public async ValueTask InitializeAsync()
    {
        _suite = await Suite.StartAsync(broker.Node);
        _graph = new GraphApi(_suite);
        _profile = _suite.Profile.CreateClient();
    }

    public ValueTask DisposeAsync() => _suite.DisposeAsync();

    [Fact]
    public async Task A_follow_shows_in_the_counts_and_in_the_callers_relationship()
    {
        var ana = await _graph.NewUserAsync();
        var bob = await _graph.NewUserAsync();

        await _graph.FollowAsync(ana, bob);

        var bobSeenByAna = await Eventually.ReturnsAsync(
            () => ProfileAsync(ana, bob.Handle), view => view?.GetProperty("followersCount").ToString() == "1", Patience, "Bob's follower count");
        Assert.True(bobSeenByAna!.Value.GetProperty("relationship").GetProperty("following").GetBoolean());
        Assert.False(bobSeenByAna.Value.GetProperty("relationship").GetProperty("followedBy").GetBoolean());
        var anaSeenByHerself = await ProfileAsync(ana, ana.Handle);
        Assert.Equal("1", anaSeenByHerself!.Value.GetProperty("followingCount").ToString());
        Assert.False(anaSeenByHerself.Value.TryGetProperty("relationship", out _));

        await _graph.SendAsync(HttpMethod.Delete, $"/api/v1/me/following/{bob.Id}", ana);
        await Eventually.ReturnsAsync(
            () => ProfileAsync(ana, bob.Handle), view => view?.GetProperty("followersCount").ToString() == "0", Patience, "the unfollow in Bob's count");
    }

    [Fact]
    public async Task Blocked_either_way_a_profile_is_not_found_in_lookups_batches_and_search()
    {
        var ana = await _graph.NewUserAsync("blk");
        var bob = await _graph.NewUserAsync("blk");
        Assert.NotNull(await ProfileAsync(bob, ana.Handle));

        await _graph.SendAsync(HttpMethod.Put, $"/api/v1/me/blocks/{bob.Id}", ana);

        Assert.Null(await ProfileAsync(bob, ana.Handle));
        Assert.Null(await ProfileAsync(ana, bob.Handle));
        Assert.Empty(await ItemsAsync(bob, $"/api/v1/profiles?ids={ana.Id}"));
        Assert.DoesNotContain(ana.Id, await ItemsAsync(bob, $"/api/v1/profiles:search?q={ana.Handle}"));
        // An internal caller (no user) still sees the profile.
        var internalToken = await _suite.InternalTokenAsync();
        var internalView = await OAuthApi.GetAsync(_profile, $"/api/v1/profiles?ids={ana.Id}", internalToken);
        Assert.Single((await ProfileApi.ReadJsonAsync(internalView)).GetProperty("items").EnumerateArray());
    }

    private async Task<JsonElement?> ProfileAsync(TestUser viewer, string handle)
    {
        var response = await OAuthApi.GetAsync(_profile, $"/api/v1/profiles/{handle}", viewer.Token);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ProfileApi.ReadJsonAsync(response);
    }

    private async Task<IReadOnlyList<string>> ItemsAsync(TestUser viewer, string path)
    {
        var response = await OAuthApi.GetAsync(_profile, path, viewer.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await ProfileApi.ReadJsonAsync(response)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("userId").GetString()!).ToList();
    }
}
