using Grpc.Core;
using Social.Contracts.Graph.V1;
using Social.FunctionalTests.Infrastructure;

namespace Social.FunctionalTests.Graph;

/// <summary>
/// Graph's internal <c>ListFollowingIds</c> / <c>ListFollowerIds</c> and the reverse close-friends fact of <c>GetRelationships</c>, as Story
/// calls them: for internal callers only, pages bounded, and the other side's close friends never shown to a client.
/// </summary>
public sealed class InternalFollowingIdsTests(SharedBroker broker) : IAsyncLifetime
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
    public async Task Following_ids_come_newest_first_a_page_at_a_time_for_internal_callers_only()
    {
        var ana = await _api.NewUserAsync();
        var followed = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var user = await _api.NewUserAsync();
            await _api.FollowAsync(ana, user);
            followed.Add(user.Id);
        }

        var graph = await _api.InternalClientAsync();
        var first = await graph.ListFollowingIdsAsync(new ListFollowingIdsRequest { UserId = ana.Id, Limit = 2 });
        var rest = await graph.ListFollowingIdsAsync(new ListFollowingIdsRequest { UserId = ana.Id, Limit = 2, Cursor = first.NextCursor });
        Assert.Equal([followed[2], followed[1]], first.Ids);
        Assert.Equal([followed[0]], rest.Ids);
        Assert.False(rest.HasNextCursor);
        Assert.Equal(3, (await graph.ListFollowingIdsAsync(new ListFollowingIdsRequest { UserId = ana.Id })).Ids.Count);

        var tooMany = await Assert.ThrowsAsync<RpcException>(() => graph.ListFollowingIdsAsync(new ListFollowingIdsRequest { UserId = ana.Id, Limit = 5001 }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, tooMany.StatusCode);
        var asClient = await _api.InternalClientAsync(ana.Token);
        var refused = await Assert.ThrowsAsync<RpcException>(() => asClient.ListFollowingIdsAsync(new ListFollowingIdsRequest { UserId = ana.Id }).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
    }

    [Fact]
    public async Task Follower_ids_come_newest_first_a_page_at_a_time_for_internal_callers_only()
    {
        var ana = await _api.NewUserAsync();
        var followers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var user = await _api.NewUserAsync();
            await _api.FollowAsync(user, ana);
            followers.Add(user.Id);
        }

        var graph = await _api.InternalClientAsync();
        var first = await graph.ListFollowerIdsAsync(new ListFollowerIdsRequest { UserId = ana.Id, Limit = 2 });
        var rest = await graph.ListFollowerIdsAsync(new ListFollowerIdsRequest { UserId = ana.Id, Limit = 2, Cursor = first.NextCursor });
        Assert.Equal([followers[2], followers[1]], first.Ids);
        Assert.Equal([followers[0]], rest.Ids);
        Assert.False(rest.HasNextCursor);

        var bad = await Assert.ThrowsAsync<RpcException>(() => graph.ListFollowerIdsAsync(new ListFollowerIdsRequest { UserId = ana.Id, Limit = -1 }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, bad.StatusCode);
        var asClient = await _api.InternalClientAsync(ana.Token);
        var refused = await Assert.ThrowsAsync<RpcException>(() => asClient.ListFollowerIdsAsync(new ListFollowerIdsRequest { UserId = ana.Id }).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
    }

    [Fact]
    public async Task Internal_callers_learn_who_has_the_viewer_on_their_close_friends_and_the_viewer_does_not()
    {
        var owner = await _api.NewUserAsync();
        var friend = await _api.NewUserAsync();
        await _api.SendAsync(HttpMethod.Put, $"/api/v1/me/close-friends/{friend.Id}", owner);

        var graph = await _api.InternalClientAsync();
        var asFriend = Assert.Single((await graph.GetRelationshipsAsync(new GetRelationshipsRequest { ViewerId = friend.Id, Ids = { owner.Id } })).Items);
        Assert.True(asFriend.InTheirCloseFriends);
        Assert.False(asFriend.CloseFriend);

        var shown = await _api.RelationshipAsync(friend, owner);
        Assert.False(shown.TryGetProperty("inTheirCloseFriends", out _));
    }
}
