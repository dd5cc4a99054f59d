using Social.Graph.Domain.Edges;
using Social.Graph.Domain.Policy;

namespace Social.FunctionalTests.Storage;

/// <summary>Blocks, mutes, close friends, relationships and policy facts.</summary>
public abstract partial class GraphStoreConformance
{
    [Fact]
    public async Task A_request_left_beside_a_block_by_a_race_is_withdrawn_on_acceptance_not_turned_into_a_follow()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        await SetPrivateAsync(bob, true);
        Assert.Equal(FollowOutcome.Requested, await Store.FollowAsync(ana, bob, Cancellation));
        // What a follow racing a block can leave where writers are not serialized: the block beside the request.
        await Store.Adapter.WriteAsync(
            (transaction, ct) => transaction.InsertEdgeAsync(EdgeKind.Block, bob, ana, Guid.CreateVersion7(Clock.GetUtcNow()), ct),
            Cancellation);

        Assert.False(await Store.AcceptRequestAsync(bob, ana, Cancellation));

        Assert.Empty(await AllAsync(EdgeList.Followers, bob));
        Assert.Empty(await AllAsync(EdgeList.FollowRequests, bob));
        Assert.Equal((0, 0), await CountsAsync(bob));
    }

    [Fact]
    public async Task A_block_severs_follows_and_requests_both_ways_and_close_friends_and_fixes_counts()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var cy = await NewUserAsync();
        await Store.FollowAsync(ana, bob, Cancellation);
        await Store.FollowAsync(bob, ana, Cancellation);
        await Store.FollowAsync(cy, bob, Cancellation);
        await Store.AddCloseFriendAsync(ana, bob, Cancellation);
        await Store.AddCloseFriendAsync(bob, ana, Cancellation);

        Assert.True(await Store.BlockAsync(bob, ana, Cancellation));
        Assert.True(await Store.BlockAsync(bob, ana, Cancellation));

        Assert.Equal((0, 0), await CountsAsync(ana));
        Assert.Equal((1, 0), await CountsAsync(bob));
        Assert.Equal([cy], await AllAsync(EdgeList.Followers, bob));
        Assert.Empty(await AllAsync(EdgeList.CloseFriends, ana));
        Assert.Empty(await AllAsync(EdgeList.CloseFriends, bob));
        Assert.Equal([ana], await AllAsync(EdgeList.Blocks, bob));
        Assert.Equal(FollowOutcome.BlockedByTarget, await Store.FollowAsync(ana, bob, Cancellation));
        Assert.Equal(FollowOutcome.Blocking, await Store.FollowAsync(bob, ana, Cancellation));
        // Neither side can put the other back on their close friends while the block stands.
        Assert.Equal(CloseFriendOutcome.MemberNotFound, await Store.AddCloseFriendAsync(ana, bob, Cancellation));
        Assert.Equal(CloseFriendOutcome.Blocking, await Store.AddCloseFriendAsync(bob, ana, Cancellation));
        Assert.Empty(await AllAsync(EdgeList.CloseFriends, ana));
        Assert.Empty(await AllAsync(EdgeList.CloseFriends, bob));
    }

    [Fact]
    public async Task A_block_drops_pending_requests_both_ways_and_unblocking_restores_nothing()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        await SetPrivateAsync(ana, true);
        await SetPrivateAsync(bob, true);
        await Store.FollowAsync(ana, bob, Cancellation);
        await Store.FollowAsync(bob, ana, Cancellation);

        await Store.BlockAsync(ana, bob, Cancellation);
        await Store.UnblockAsync(ana, bob, Cancellation);

        Assert.Empty(await AllAsync(EdgeList.FollowRequests, ana));
        Assert.Empty(await AllAsync(EdgeList.FollowRequests, bob));
        Assert.Empty(await AllAsync(EdgeList.Blocks, ana));
        var relationship = Assert.Single(await Store.GetRelationshipsAsync(ana, [bob], Cancellation));
        Assert.Equal(new Social.Graph.Domain.Relationships.Relationship(bob, false, false, false, false, false, false, false), relationship);
    }

    [Fact]
    public async Task Someone_elses_lists_leave_out_whoever_is_blocked_either_way_with_the_viewer()
    {
        var star = await NewUserAsync();
        var viewer = await NewUserAsync();
        var blocksViewer = await NewUserAsync();
        var blockedByViewer = await NewUserAsync();
        var friend = await NewUserAsync();
        foreach (var fan in new[] { blocksViewer, blockedByViewer, friend })
        {
            await Store.FollowAsync(fan, star, Cancellation);
        }

        await Store.BlockAsync(blocksViewer, viewer, Cancellation);
        await Store.BlockAsync(viewer, blockedByViewer, Cancellation);

        var seenByViewer = await Store.ListAsync(EdgeList.Followers, star, viewer, null, 10, Cancellation);
        Assert.Equal([friend], seenByViewer.Items.Select(edge => edge.UserId));
        Assert.Equal(3, (await AllAsync(EdgeList.Followers, star)).Count);
        Assert.Equal(FollowOutcome.BlockedByTarget, await Store.FollowAsync(viewer, blocksViewer, Cancellation));
    }

    [Fact]
    public async Task A_mute_ends_on_time_and_a_repeat_takes_the_new_expiry()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();

        await Store.MuteAsync(ana, bob, Clock.GetUtcNow().AddMinutes(10), Cancellation);
        Assert.Equal([bob], await AllAsync(EdgeList.Mutes, ana));
        Assert.True((await Store.GetRelationshipsAsync(ana, [bob], Cancellation))[0].Muting);

        Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Empty(await AllAsync(EdgeList.Mutes, ana));
        Assert.False((await Store.GetRelationshipsAsync(ana, [bob], Cancellation))[0].Muting);

        await Store.MuteAsync(ana, bob, null, Cancellation);
        Clock.Advance(TimeSpan.FromDays(365));
        Assert.Equal([bob], await AllAsync(EdgeList.Mutes, ana));
        // The muted user notices nothing.
        Assert.False((await Store.GetRelationshipsAsync(bob, [ana], Cancellation))[0].Muting);
    }

    [Fact]
    public async Task Relationships_read_from_the_viewers_side()
    {
        var me = await NewUserAsync();
        var friend = await NewUserAsync();
        var fan = await NewUserAsync();
        var foe = await NewUserAsync();
        var stranger = Guid.CreateVersion7();
        await Store.FollowAsync(me, friend, Cancellation);
        await Store.FollowAsync(friend, me, Cancellation);
        await Store.FollowAsync(fan, me, Cancellation);
        await Store.BlockAsync(foe, me, Cancellation);
        await Store.AddCloseFriendAsync(me, friend, Cancellation);

        var byId = (await Store.GetRelationshipsAsync(me, [friend, fan, foe, stranger], Cancellation)).ToDictionary(r => r.UserId);

        Assert.True(byId[friend] is { Following: true, FollowedBy: true, CloseFriend: true });
        Assert.True(byId[fan] is { Following: false, FollowedBy: true, CloseFriend: false });
        Assert.True(byId[foe] is { BlockedBy: true, Blocking: false });
        Assert.True(byId[stranger] is { Following: false, FollowedBy: false, Blocking: false, BlockedBy: false });
    }

    [Fact]
    public async Task Policy_facts_combine_edges_blocks_and_the_targets_settings()
    {
        var actor = await NewUserAsync();
        var target = await NewUserAsync();
        await SetPrivateAsync(target, true);
        await Store.FollowAsync(target, actor, Cancellation);

        var facts = await Store.GetPolicyFactsAsync(actor, target, Cancellation);

        Assert.Equal(new PolicyFacts(true, true, false, false, false, true, facts.TargetSettings), facts);
        Assert.True(facts.TargetSettings.IsPrivate);
        Assert.False((await Store.GetPolicyFactsAsync(actor, Guid.CreateVersion7(), Cancellation)).TargetExists);
    }
}
