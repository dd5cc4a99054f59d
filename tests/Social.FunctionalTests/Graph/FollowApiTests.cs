using System.Net;
using Social.FunctionalTests.Infrastructure;
using Social.ServiceDefaults;
using Social.Testing;

namespace Social.FunctionalTests.Graph;

/// <summary>Follows, requests and lists through Graph's JSON API, including from the wrong user's side.</summary>
public sealed class FollowApiTests(SharedBroker broker) : IAsyncLifetime
{
    private Suite _suite = null!;
    private GraphApi _api = null!;

    public async ValueTask InitializeAsync()
    {
        _suite = await Suite.StartAsync(broker.Node);
        _api = new GraphApi(_suite);
    }

    public ValueTask DisposeAsync() => _suite.DisposeAsync();

    [Fact]
    public async Task Following_a_public_account_is_idempotent_and_shows_in_both_lists_and_counts()
    {
        var ana = await _api.NewUserAsync();
        var bob = await _api.NewUserAsync();

        Assert.Equal("following", await _api.FollowAsync(ana, bob));
        Assert.Equal("following", await _api.FollowAsync(ana, bob));

        Assert.Equal([ana.Id], await _api.ListAsync($"/api/v1/users/{bob.Id}/followers", ana));
        Assert.Equal([bob.Id], await _api.ListAsync($"/api/v1/users/{ana.Id}/following", bob));
        Assert.Equal(1, (await _api.InternalUserAsync(bob.Id))!.FollowersCount);
        var relationship = await _api.RelationshipAsync(ana, bob);
        Assert.True(relationship.GetProperty("following").GetBoolean());

        Assert.Equal(HttpStatusCode.OK, (await _api.SendAsync(HttpMethod.Delete, $"/api/v1/me/following/{bob.Id}", ana)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _api.SendAsync(HttpMethod.Delete, $"/api/v1/me/following/{bob.Id}", ana)).StatusCode);
        Assert.Empty(await _api.ListAsync($"/api/v1/users/{bob.Id}/followers", ana));
        Assert.Equal(0, (await _api.InternalUserAsync(bob.Id))!.FollowersCount);
    }

    [Fact]
    public async Task A_user_the_graph_has_not_heard_of_yet_is_learned_from_profile_with_their_privacy()
    {
        var ana = await _api.NewUserAsync();
        var bob = await _api.NewUserAsync();
        await _api.SetPrivateAsync(bob, true);
        // As if Bob's AccountCreated and settings had not arrived yet.
        await SqliteProbe.ExecuteAsync(
            _suite.DatabaseOf(ResourceNames.Graph),
            "DELETE FROM users WHERE user_id = $id; DELETE FROM user_settings WHERE user_id = $id",
            ("$id", bob.Id));

        Assert.Equal("requested", await _api.FollowAsync(ana, bob));
        Assert.Equal(bob.Handle, (await _api.InternalUserAsync(bob.Id))!.Handle);
    }

    [Fact]
    public async Task Following_yourself_an_unknown_user_or_a_malformed_id_is_refused_and_writes_nothing()
    {
        var ana = await _api.NewUserAsync();

        var self = await _api.SendAsync(HttpMethod.Put, $"/api/v1/me/following/{ana.Id}", ana);
        var unknown = await _api.SendAsync(HttpMethod.Put, $"/api/v1/me/following/{Guid.CreateVersion7()}", ana);
        var malformed = await _api.SendAsync(HttpMethod.Put, "/api/v1/me/following/not-a-uuid", ana);

        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Empty(await _api.ListAsync($"/api/v1/users/{ana.Id}/following", ana));
        Assert.Equal(0, (await _api.InternalUserAsync(ana.Id))!.FollowingCount);
    }

    [Fact]
    public async Task A_private_account_gets_requests_it_can_accept_or_decline_and_the_requester_can_cancel()
    {
        var owner = await _api.NewUserAsync();
        var accepted = await _api.NewUserAsync();
        var declined = await _api.NewUserAsync();
        var cancelled = await _api.NewUserAsync();
        await _api.SetPrivateAsync(owner, true);

        foreach (var fan in new[] { accepted, declined, cancelled })
        {
            Assert.Equal("requested", await _api.FollowAsync(fan, owner));
        }

        Assert.Equal([cancelled.Id, declined.Id, accepted.Id], await _api.ListAsync("/api/v1/me/follow-requests", owner));
        Assert.True((await _api.RelationshipAsync(accepted, owner)).GetProperty("requested").GetBoolean());

        Assert.Equal(HttpStatusCode.OK, (await _api.SendAsync(HttpMethod.Post, $"/api/v1/me/follow-requests/{accepted.Id}:accept", owner)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _api.SendAsync(HttpMethod.Post, $"/api/v1/me/follow-requests/{declined.Id}:decline", owner)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _api.SendAsync(HttpMethod.Delete, $"/api/v1/me/following/{owner.Id}", cancelled)).StatusCode);

        Assert.Empty(await _api.ListAsync("/api/v1/me/follow-requests", owner));
        Assert.Equal([accepted.Id], await _api.ListAsync($"/api/v1/users/{owner.Id}/followers", owner));
        Assert.Equal(HttpStatusCode.NotFound, (await _api.SendAsync(HttpMethod.Post, $"/api/v1/me/follow-requests/{declined.Id}:accept", owner)).StatusCode);
    }

    [Fact]
    public async Task Going_public_accepts_every_waiting_request()
    {
        var owner = await _api.NewUserAsync();
        var fan = await _api.NewUserAsync();
        await _api.SetPrivateAsync(owner, true);
        await _api.FollowAsync(fan, owner);

        await _api.SetPrivateAsync(owner, false);

        Assert.Equal([fan.Id], await _api.ListAsync($"/api/v1/users/{owner.Id}/followers", owner));
        Assert.Empty(await _api.ListAsync("/api/v1/me/follow-requests", owner));
    }

    [Fact]
    public async Task A_private_accounts_lists_are_for_its_approved_followers_and_itself()
    {
        var owner = await _api.NewUserAsync();
        var follower = await _api.NewUserAsync();
        var stranger = await _api.NewUserAsync();
        await _api.FollowAsync(follower, owner);
        await _api.SetPrivateAsync(owner, true);

        var refused = await _api.SendAsync(HttpMethod.Get, $"/api/v1/users/{owner.Id}/followers", stranger);
        var refusedFollowing = await _api.SendAsync(HttpMethod.Get, $"/api/v1/users/{owner.Id}/following", stranger);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refusedFollowing.StatusCode);
        Assert.Equal([follower.Id], await _api.ListAsync($"/api/v1/users/{owner.Id}/followers", follower));
        Assert.Equal([follower.Id], await _api.ListAsync($"/api/v1/users/{owner.Id}/followers", owner));
    }

    [Fact]
    public async Task Removing_a_follower_acts_only_on_my_own_followers()
    {
        var ana = await _api.NewUserAsync();
        var bob = await _api.NewUserAsync();
        var mallory = await _api.NewUserAsync();
        await _api.FollowAsync(bob, ana);

        // Mallory tries to remove Ana's follower: "me" is Mallory, so nothing of Ana's changes.
        await _api.SendAsync(HttpMethod.Delete, $"/api/v1/me/followers/{bob.Id}", mallory);
        Assert.Equal([bob.Id], await _api.ListAsync($"/api/v1/users/{ana.Id}/followers", ana));

        Assert.Equal(HttpStatusCode.OK, (await _api.SendAsync(HttpMethod.Delete, $"/api/v1/me/followers/{bob.Id}", ana)).StatusCode);
        Assert.Empty(await _api.ListAsync($"/api/v1/users/{ana.Id}/followers", ana));
        Assert.Equal(0, (await _api.InternalUserAsync(bob.Id))!.FollowingCount);
    }

    [Fact]
    public async Task Lists_are_paged_with_a_cursor_and_bad_paging_is_refused()
    {
        var star = await _api.NewUserAsync();
        var fans = new List<TestUser>();
        for (var i = 0; i < 5; i++)
        {
            var fan = await _api.NewUserAsync();
            await _api.FollowAsync(fan, star);
            fans.Add(fan);
        }

        var first = await ProfileApi.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/users/{star.Id}/followers?limit=3", star));
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await ProfileApi.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/users/{star.Id}/followers?limit=3&cursor={cursor}", star));

        Assert.Equal(3, first.GetProperty("items").GetArrayLength());
        Assert.Equal(2, second.GetProperty("items").GetArrayLength());
        Assert.False(second.TryGetProperty("nextCursor", out _));
        Assert.Equal(fans[0].Id, second.GetProperty("items")[1].GetProperty("userId").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await _api.SendAsync(HttpMethod.Get, $"/api/v1/users/{star.Id}/followers?limit=101", star)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _api.SendAsync(HttpMethod.Get, $"/api/v1/users/{star.Id}/followers?cursor=!!", star)).StatusCode);
    }

    [Fact]
    public async Task Relationships_take_at_most_100_valid_ids()
    {
        var ana = await _api.NewUserAsync();
        var tooMany = string.Join(',', Enumerable.Range(0, 101).Select(_ => Guid.CreateVersion7()));

        Assert.Equal(HttpStatusCode.BadRequest, (await _api.SendAsync(HttpMethod.Get, $"/api/v1/me/relationships?ids={tooMany}", ana)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _api.SendAsync(HttpMethod.Get, "/api/v1/me/relationships?ids=nope", ana)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _api.SendAsync(HttpMethod.Get, "/api/v1/me/relationships", ana)).StatusCode);
    }
}
