using System.Net;
using Grpc.Core;
using Social.FunctionalTests.Infrastructure;

namespace Social.FunctionalTests.Graph;

/// <summary>Blocks, mutes, close friends and the policy check through Graph's APIs, from both sides.</summary>
public sealed class BlockApiTests(SharedBroker broker) : IAsyncLifetime
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
    public async Task A_block_severs_both_follows_and_the_blocked_user_finds_the_blocker_gone()
    {
        var ana = await _api.NewUserAsync();
        var bob = await _api.NewUserAsync();
        await _api.FollowAsync(ana, bob);
        await _api.FollowAsync(bob, ana);

        Assert.Equal(HttpStatusCode.OK, (await _api.SendAsync(HttpMethod.Put, $"/api/v1/me/blocks/{bob.Id}", ana)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _api.SendAsync(HttpMethod.Put, $"/api/v1/me/blocks/{bob.Id}", ana)).StatusCode);

        Assert.Empty(await _api.ListAsync($"/api/v1/users/{ana.Id}/followers", ana));
        Assert.Empty(await _api.ListAsync($"/api/v1/users/{ana.Id}/following", ana));
        Assert.Equal([bob.Id], await _api.ListAsync("/api/v1/me/blocks", ana));
        Assert.Equal(0, (await _api.InternalUserAsync(bob.Id))!.FollowersCount);
        // From the blocked side, the blocker does not exist.
        Assert.Equal(HttpStatusCode.NotFound, (await _api.SendAsync(HttpMethod.Put, $"/api/v1/me/following/{ana.Id}", bob)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.SendAsync(HttpMethod.Get, $"/api/v1/users/{ana.Id}/followers", bob)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.SendAsync(HttpMethod.Get, $"/api/v1/users/{ana.Id}/following", bob)).StatusCode);
        Assert.Empty(await _api.ListAsync($"/api/v1/users/{bob.Id}/following", bob));
        var mine = await _api.RelationshipAsync(ana, bob);
        Assert.True(mine.GetProperty("blocking").GetBoolean());
        Assert.False(mine.GetProperty("following").GetBoolean());
    }

    [Fact]
    public async Task Following_someone_I_block_is_refused_until_I_unblock_and_unblocking_restores_nothing()
    {
        var ana = await _api.NewUserAsync();
        var bob = await _api.NewUserAsync();
        await _api.FollowAsync(ana, bob);
        await _api.SendAsync(HttpMethod.Put, $"/api/v1/me/blocks/{bob.Id}", ana);

        Assert.Equal(HttpStatusCode.BadRequest, (await _api.SendAsync(HttpMethod.Put, $"/api/v1/me/following/{bob.Id}", ana)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await _api.SendAsync(HttpMethod.Delete, $"/api/v1/me/blocks/{bob.Id}", ana)).StatusCode);
        Assert.Empty(await _api.ListAsync("/api/v1/me/blocks", ana));
        Assert.Empty(await _api.ListAsync($"/api/v1/users/{bob.Id}/followers", ana));
        Assert.Equal("following", await _api.FollowAsync(ana, bob));
    }

    [Fact]
    public async Task Blocking_muting_or_befriending_yourself_or_an_unknown_user_is_refused()
    {
        var ana = await _api.NewUserAsync();
        var nobody = Guid.CreateVersion7();

        foreach (var list in new[] { "blocks", "mutes", "close-friends" })
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await _api.SendAsync(HttpMethod.Put, $"/api/v1/me/{list}/{ana.Id}", ana, "{}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await _api.SendAsync(HttpMethod.Put, $"/api/v1/me/{list}/{nobody}", ana, "{}")).StatusCode);
            Assert.Empty(await _api.ListAsync($"/api/v1/me/{list}", ana));
        }
    }

    [Fact]
    public async Task A_mute_is_private_can_expire_and_a_past_expiry_is_refused()
    {
        var ana = await _api.NewUserAsync();
        var bob = await _api.NewUserAsync();
        var until = DateTimeOffset.UtcNow.AddHours(1).ToString("O");

        Assert.Equal(HttpStatusCode.OK, (await _api.SendAsync(HttpMethod.Put, $"/api/v1/me/mutes/{bob.Id}", ana, $$"""{"expiresAt":"{{until}}"}""")).StatusCode);
        var past = await _api.SendAsync(HttpMethod.Put, $"/api/v1/me/mutes/{bob.Id}", ana, $$"""{"expiresAt":"{{DateTimeOffset.UtcNow.AddHours(-1):O}}"}""");

        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        var mutes = await ProfileApi.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, "/api/v1/me/mutes", ana));
        Assert.Equal(bob.Id, mutes.GetProperty("items")[0].GetProperty("userId").GetString());
        Assert.True(mutes.GetProperty("items")[0].TryGetProperty("expiresAt", out _));
        Assert.True((await _api.RelationshipAsync(ana, bob)).GetProperty("muting").GetBoolean());
        // The muted user notices nothing and can still follow.
        Assert.False((await _api.RelationshipAsync(bob, ana)).GetProperty("muting").GetBoolean());
        Assert.Equal("following", await _api.FollowAsync(bob, ana));

        Assert.Equal(HttpStatusCode.OK, (await _api.SendAsync(HttpMethod.Delete, $"/api/v1/me/mutes/{bob.Id}", ana)).StatusCode);
        Assert.Empty(await _api.ListAsync("/api/v1/me/mutes", ana));
    }

    [Fact]
    public async Task A_mute_sent_without_a_body_lasts_until_unmuted()
    {
        var ana = await _api.NewUserAsync();
        var bob = await _api.NewUserAsync();

        // No body and no Content-Type: the body of a mute is optional.
        var muted = await _api.SendAsync(HttpMethod.Put, $"/api/v1/me/mutes/{bob.Id}", ana);

        Assert.Equal(HttpStatusCode.OK, muted.StatusCode);
        var item = (await ProfileApi.ReadJsonAsync(await _api.SendAsync(HttpMethod.Get, "/api/v1/me/mutes", ana))).GetProperty("items")[0];
        Assert.Equal(bob.Id, item.GetProperty("userId").GetString());
        Assert.False(item.TryGetProperty("expiresAt", out _));
        Assert.True((await _api.RelationshipAsync(ana, bob)).GetProperty("muting").GetBoolean());
    }

    [Fact]
    public async Task Close_friends_are_my_own_list_and_members_are_not_told()
    {
        var ana = await _api.NewUserAsync();
        var bob = await _api.NewUserAsync();

        Assert.Equal(HttpStatusCode.OK, (await _api.SendAsync(HttpMethod.Put, $"/api/v1/me/close-friends/{bob.Id}", ana)).StatusCode);

        Assert.Equal([bob.Id], await _api.ListAsync("/api/v1/me/close-friends", ana));
        Assert.True((await _api.RelationshipAsync(ana, bob)).GetProperty("closeFriend").GetBoolean());
        Assert.False((await _api.RelationshipAsync(bob, ana)).GetProperty("closeFriend").GetBoolean());
        Assert.Empty(await _api.ListAsync("/api/v1/me/close-friends", bob));

        await _api.SendAsync(HttpMethod.Delete, $"/api/v1/me/close-friends/{bob.Id}", ana);
        Assert.Empty(await _api.ListAsync("/api/v1/me/close-friends", ana));
    }

    [Fact]
    public async Task A_user_I_block_cannot_join_my_close_friends_and_one_who_blocks_me_is_not_found()
    {
        var ana = await _api.NewUserAsync();
        var bob = await _api.NewUserAsync();
        var cy = await _api.NewUserAsync();
        await _api.SendAsync(HttpMethod.Put, $"/api/v1/me/blocks/{bob.Id}", ana);
        await _api.SendAsync(HttpMethod.Put, $"/api/v1/me/blocks/{ana.Id}", cy);

        var blocked = await _api.SendAsync(HttpMethod.Put, $"/api/v1/me/close-friends/{bob.Id}", ana);
        var blocker = await _api.SendAsync(HttpMethod.Put, $"/api/v1/me/close-friends/{cy.Id}", ana);

        Assert.Equal(HttpStatusCode.BadRequest, blocked.StatusCode);
        Assert.Equal("blocking", await EngagementApi.ReasonAsync(blocked));
        Assert.Equal(HttpStatusCode.NotFound, blocker.StatusCode);
        Assert.Empty(await _api.ListAsync("/api/v1/me/close-friends", ana));
    }

    [Fact]
    public async Task My_relationships_never_tell_that_someone_blocks_me()
    {
        var ana = await _api.NewUserAsync();
        var bob = await _api.NewUserAsync();
        await _api.SendAsync(HttpMethod.Put, $"/api/v1/me/blocks/{ana.Id}", bob);

        var seenByAna = await _api.RelationshipAsync(ana, bob);
        var seenByBob = await _api.RelationshipAsync(bob, ana);

        Assert.False(seenByAna.TryGetProperty("blockedBy", out _));
        Assert.False(seenByAna.GetProperty("blocking").GetBoolean());
        Assert.False(seenByBob.TryGetProperty("blockedBy", out _));
        Assert.True(seenByBob.GetProperty("blocking").GetBoolean());
    }

    [Fact]
    public async Task Check_combines_blocks_privacy_and_settings_for_internal_callers_only()
    {
        var ana = await _api.NewUserAsync();
        var bob = await _api.NewUserAsync();
        var cy = await _api.NewUserAsync();
        await _api.SetPrivateAsync(bob, true);
        await _api.SendAsync(HttpMethod.Put, $"/api/v1/me/blocks/{ana.Id}", cy);

        Assert.Equal("private_account", (await _api.CheckAsync(ana, bob, "view")).Reason);
        Assert.True((await _api.CheckAsync(ana, bob, "follow")).Allowed);
        Assert.Equal("blocked_by_target", (await _api.CheckAsync(ana, cy, "message")).Reason);
        Assert.Equal("blocked", (await _api.CheckAsync(cy, ana, "comment")).Reason);
        Assert.Equal("self", (await _api.CheckAsync(ana, ana, "follow")).Reason);
        var invalid = await Assert.ThrowsAsync<RpcException>(() => _api.CheckAsync(ana, bob, "poke"));
        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
    }
}
