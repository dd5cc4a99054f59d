using Social.Graph.Domain.Edges;

namespace Social.FunctionalTests.Storage;

/// <summary>Follows, requests and counts.</summary>
public abstract partial class GraphStoreConformance
{
    [Fact]
    public async Task Following_a_public_account_is_immediate_idempotent_and_counted_once()
    {
        var ana = await NewUserAsync("ana");
        var bob = await NewUserAsync("bob");

        Assert.Equal(FollowOutcome.Following, await Store.FollowAsync(ana, bob, Cancellation));
        Assert.Equal(FollowOutcome.Following, await Store.FollowAsync(ana, bob, Cancellation));

        Assert.Equal((0, 1), await CountsAsync(ana));
        Assert.Equal((1, 0), await CountsAsync(bob));
        Assert.Equal([ana], await AllAsync(EdgeList.Followers, bob));
        Assert.Equal([bob], await AllAsync(EdgeList.Following, ana));
    }

    [Fact]
    public async Task Unfollowing_twice_counts_once()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        await Store.FollowAsync(ana, bob, Cancellation);

        await Store.UnfollowAsync(ana, bob, Cancellation);
        await Store.UnfollowAsync(ana, bob, Cancellation);

        Assert.Equal((0, 0), await CountsAsync(ana));
        Assert.Equal((0, 0), await CountsAsync(bob));
        Assert.Empty(await AllAsync(EdgeList.Followers, bob));
    }

    [Fact]
    public async Task Following_an_unknown_or_deleted_user_or_as_an_unknown_user_changes_nothing()
    {
        var ana = await NewUserAsync();
        var gone = await NewUserAsync();
        await Store.RemoveUserAsync(gone, Receipt(), Cancellation);

        Assert.Equal(FollowOutcome.TargetNotFound, await Store.FollowAsync(ana, Guid.CreateVersion7(), Cancellation));
        Assert.Equal(FollowOutcome.TargetNotFound, await Store.FollowAsync(ana, gone, Cancellation));
        Assert.Equal(FollowOutcome.ActorNotFound, await Store.FollowAsync(Guid.CreateVersion7(), ana, Cancellation));
        Assert.Equal((0, 0), await CountsAsync(ana));
    }

    [Fact]
    public async Task A_private_account_gets_a_request_that_counts_only_once_accepted()
    {
        var ana = await NewUserAsync("ana");
        var bob = await NewUserAsync("bob");
        await SetPrivateAsync(bob, true);

        Assert.Equal(FollowOutcome.Requested, await Store.FollowAsync(ana, bob, Cancellation));
        Assert.Equal(FollowOutcome.Requested, await Store.FollowAsync(ana, bob, Cancellation));
        Assert.Equal([ana], await AllAsync(EdgeList.FollowRequests, bob));
        Assert.Equal((0, 0), await CountsAsync(bob));

        Assert.True(await Store.AcceptRequestAsync(bob, ana, Cancellation));
        Assert.False(await Store.AcceptRequestAsync(bob, ana, Cancellation));

        Assert.Empty(await AllAsync(EdgeList.FollowRequests, bob));
        Assert.Equal([ana], await AllAsync(EdgeList.Followers, bob));
        Assert.Equal((1, 0), await CountsAsync(bob));
        Assert.Equal((0, 1), await CountsAsync(ana));
    }

    [Fact]
    public async Task A_declined_or_cancelled_request_leaves_nothing()
    {
        var ana = await NewUserAsync();
        var cy = await NewUserAsync();
        var bob = await NewUserAsync();
        await SetPrivateAsync(bob, true);
        await Store.FollowAsync(ana, bob, Cancellation);
        await Store.FollowAsync(cy, bob, Cancellation);

        Assert.True(await Store.DeclineRequestAsync(bob, ana, Cancellation));
        await Store.UnfollowAsync(cy, bob, Cancellation);

        Assert.Empty(await AllAsync(EdgeList.FollowRequests, bob));
        Assert.Empty(await AllAsync(EdgeList.Followers, bob));
        Assert.Equal((0, 0), await CountsAsync(bob));
    }

    [Fact]
    public async Task Going_public_accepts_every_waiting_request_and_an_older_settings_event_changes_nothing()
    {
        var bob = await NewUserAsync();
        var fans = new[] { await NewUserAsync(), await NewUserAsync(), await NewUserAsync() };
        await SetPrivateAsync(bob, true);
        var stalePrivate = Clock.GetUtcNow();
        foreach (var fan in fans)
        {
            await Store.FollowAsync(fan, bob, Cancellation);
        }

        await SetPrivateAsync(bob, false);
        // A late, older "private" event must not flip the account back.
        await Store.ApplySettingsAsync(
            Social.KnownUsers.UserSettings.DefaultsFor(bob) with { IsPrivate = true, ChangedAt = stalePrivate }, Receipt(), Cancellation);

        Assert.Empty(await AllAsync(EdgeList.FollowRequests, bob));
        Assert.Equal(Enumerable.Reverse(fans), await AllAsync(EdgeList.Followers, bob));
        Assert.Equal((3, 0), await CountsAsync(bob));
        Assert.False((await Store.GetSettingsAsync(bob, Cancellation)).IsPrivate);
    }

    [Fact]
    public async Task Removing_a_follower_drops_only_their_edge_to_me()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        await Store.FollowAsync(ana, bob, Cancellation);
        await Store.FollowAsync(bob, ana, Cancellation);

        await Store.RemoveFollowerAsync(bob, ana, Cancellation);

        Assert.Empty(await AllAsync(EdgeList.Followers, bob));
        Assert.Equal([bob], await AllAsync(EdgeList.Followers, ana));
        Assert.Equal((1, 0), await CountsAsync(ana));
        Assert.Equal((0, 1), await CountsAsync(bob));
    }

    [Fact]
    public async Task Deleting_a_user_removes_every_edge_and_fixes_everyone_elses_counts()
    {
        var gone = await NewUserAsync();
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        await Store.FollowAsync(ana, gone, Cancellation);
        await Store.FollowAsync(gone, bob, Cancellation);
        await Store.FollowAsync(ana, bob, Cancellation);
        var receipt = Receipt();

        Assert.True(await Store.RemoveUserAsync(gone, receipt, Cancellation));
        Assert.False(await Store.RemoveUserAsync(gone, receipt, Cancellation));

        Assert.Equal((0, 1), await CountsAsync(ana));
        Assert.Equal((1, 0), await CountsAsync(bob));
        Assert.Equal([ana], await AllAsync(EdgeList.Followers, bob));
        Assert.Empty(await AllAsync(EdgeList.Following, gone));
        Assert.Empty((await Store.ReconcileCountersAsync(repair: false, Cancellation)).Drift);
    }
}
