using Social.Contracts.Events;
using Social.Story.Domain.Stories;
using Social.Story.Domain.Tray;

namespace Social.FunctionalTests.Storage;

/// <summary>
/// The stored tray: a post's fan-out in batches, broadcasts above the fan-out limit, follows after a post, and every
/// change after a post (relationships, expiry, deletion, seen marks) shown at the next read, from the viewer's side.
/// </summary>
public abstract partial class StoryStoreConformance
{
    [Fact]
    public async Task A_post_reaches_its_followers_trays_a_batch_at_a_time_and_never_a_follower_it_is_hidden_from()
    {
        var story = WithOptions(new StoryOptions { FanOutBatchSize = 2 });
        var owner = await NewUserAsync(story);
        var followers = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            followers.Add(await NewUserAsync(story));
            story.Relationships.Follow(followers[^1], owner);
        }

        await story.Posting.PostAsync(owner, Draft(StoryAudiences.Followers, followers[4]), null, Cancellation);

        // The post ran the first batch itself; the rest waits for the worker.
        Assert.Equal(2, await CountWithRowsAsync(story, followers));
        Assert.NotNull(await story.Adapter.NextTrayFanOutAsync(Cancellation));

        await story.FanOut.RunUntilIdleAsync(Cancellation);

        Assert.Null(await story.Adapter.NextTrayFanOutAsync(Cancellation));
        Assert.Equal(4, await CountWithRowsAsync(story, followers));
        foreach (var follower in followers.Take(4))
        {
            Assert.Equal([owner], (await story.Tray.ReadAsync(follower, null, 10, Cancellation)).Items.Select(e => e.OwnerId));
        }

        Assert.Empty((await story.Tray.ReadAsync(followers[4], null, 10, Cancellation)).Items);
    }

    [Fact]
    public async Task An_owner_above_the_fan_out_limit_broadcasts_and_trays_merge_the_broadcast_in_order()
    {
        var story = WithOptions(new StoryOptions { FanOutFollowerLimit = 2 });
        var (viewer, celebrity, ordinary, stranger) = (await NewUserAsync(story), await NewUserAsync(story), await NewUserAsync(story), await NewUserAsync(story));
        foreach (var fan in new[] { viewer, await NewUserAsync(story), await NewUserAsync(story) })
        {
            story.Relationships.Follow(fan, celebrity);
        }

        story.Relationships.Follow(viewer, ordinary);
        var older = await PostAsync(story, ordinary);
        var broadcast = await PostAsync(story, celebrity);
        var newest = await PostAsync(story, ordinary);

        Assert.DoesNotContain(await story.Adapter.ListTrayRowsAsync(viewer, null, 10, Cancellation), row => row.OwnerId == celebrity);
        Assert.Equal([celebrity], await story.Adapter.BroadcastingOwnersAsync(Clock.GetUtcNow(), Cancellation));
        Assert.Null(await story.Adapter.NextTrayFanOutAsync(Cancellation));
        Assert.Equal([ordinary, celebrity], (await story.Tray.ReadAsync(viewer, null, 10, Cancellation)).Items.Select(e => e.OwnerId));
        Assert.Empty((await story.Tray.ReadAsync(stranger, null, 10, Cancellation)).Items);

        await story.Viewing.MarkSeenAsync(viewer, newest, Cancellation);
        await story.Viewing.MarkSeenAsync(viewer, older, Cancellation);
        var first = await story.Tray.ReadAsync(viewer, null, 1, Cancellation);
        var second = await story.Tray.ReadAsync(viewer, first.Next, 1, Cancellation);
        Assert.Equal([celebrity, ordinary], first.Items.Concat(second.Items).Select(e => e.OwnerId));
        Assert.Null(second.Next);

        await story.Viewing.MarkSeenAsync(viewer, broadcast, Cancellation);
        Assert.Equal([ordinary, celebrity], (await story.Tray.ReadAsync(viewer, null, 10, Cancellation)).Items.Select(e => e.OwnerId));
        story.Relationships.Mute(viewer, celebrity);
        Assert.Equal([ordinary], (await story.Tray.ReadAsync(viewer, null, 10, Cancellation)).Items.Select(e => e.OwnerId));

        Clock.SetUtcNow((await story.Adapter.FindStoryAsync(broadcast, Cancellation))!.ExpiresAt);
        Assert.Empty(await story.Adapter.BroadcastingOwnersAsync(Clock.GetUtcNow(), Cancellation));
    }

    [Fact]
    public async Task A_follow_after_a_post_brings_the_owners_live_stories_in_and_an_unfollow_takes_them_out_at_once()
    {
        var (viewer, owner) = (await NewUserAsync(), await NewUserAsync());
        await PostAsync(owner);
        Story.Relationships.Follow(viewer, owner);
        // Until the follow's event: the post fanned out to nobody.
        Assert.Empty((await Story.Tray.ReadAsync(viewer, null, 10, Cancellation)).Items);

        var followed = new UserFollowed { FollowerId = viewer, FolloweeId = owner, At = Clock.GetUtcNow() };
        Assert.True(await Story.Follows.FollowedAsync(followed, Receipt(), Cancellation));
        Assert.Equal([owner], (await Story.Tray.ReadAsync(viewer, null, 10, Cancellation)).Items.Select(e => e.OwnerId));

        Story.Relationships.Unfollow(viewer, owner);
        Assert.Empty((await Story.Tray.ReadAsync(viewer, null, 10, Cancellation)).Items);
    }

    [Fact]
    public async Task Close_friends_mutuals_and_blocks_changed_after_a_post_apply_at_the_next_read()
    {
        var (viewer, owner, other) = (await NewUserAsync(), await NewUserAsync(), await NewUserAsync());
        Story.Relationships.Follow(viewer, owner);
        Story.Relationships.Follow(viewer, other);
        Story.Relationships.AddCloseFriend(owner, viewer);
        await PostAsync(owner);
        await PostAsync(other);
        var forFriends = await PostAsync(owner, StoryAudiences.CloseFriends);

        var tray = (await Story.Tray.ReadAsync(viewer, null, 10, Cancellation)).Items;
        Assert.Equal([owner, other], tray.Select(e => e.OwnerId));
        Assert.Equal(2, tray[0].StoryCount);

        // Off the close friends: the close-friends story is neither counted nor the owner's newest any more.
        Story.Relationships.RemoveCloseFriend(owner, viewer);
        tray = (await Story.Tray.ReadAsync(viewer, null, 10, Cancellation)).Items;
        Assert.Equal([other, owner], tray.Select(e => e.OwnerId));
        Assert.Equal(1, tray[1].StoryCount);
        Assert.True(tray[1].LatestAt < (await Story.Adapter.FindStoryAsync(forFriends, Cancellation))!.CreatedAt);
        var first = await Story.Tray.ReadAsync(viewer, null, 1, Cancellation);
        Assert.Equal([other, owner], first.Items.Concat((await Story.Tray.ReadAsync(viewer, first.Next, 1, Cancellation)).Items).Select(e => e.OwnerId));

        // Back on them: counted again, at its place.
        Story.Relationships.AddCloseFriend(owner, viewer);
        Assert.Equal([owner, other], (await Story.Tray.ReadAsync(viewer, null, 10, Cancellation)).Items.Select(e => e.OwnerId));

        // A mutuals story is for the viewer only while the owner follows them back.
        var mutual = await NewUserAsync();
        Story.Relationships.Follow(viewer, mutual);
        Story.Relationships.Follow(mutual, viewer);
        await PostAsync(mutual, StoryAudiences.Mutuals);
        Assert.Contains(mutual, (await Story.Tray.ReadAsync(viewer, null, 10, Cancellation)).Items.Select(e => e.OwnerId));
        Story.Relationships.Unfollow(mutual, viewer);
        Assert.DoesNotContain(mutual, (await Story.Tray.ReadAsync(viewer, null, 10, Cancellation)).Items.Select(e => e.OwnerId));

        // A block either way empties the owner from the tray before any event arrives.
        Story.Relationships.Block(owner, viewer);
        Assert.Equal([other], (await Story.Tray.ReadAsync(viewer, null, 10, Cancellation)).Items.Select(e => e.OwnerId));
        Story.Relationships.Unblock(owner, viewer);
        Story.Relationships.Block(viewer, other);
        Assert.Equal([owner], (await Story.Tray.ReadAsync(viewer, null, 10, Cancellation)).Items.Select(e => e.OwnerId));
    }

    [Fact]
    public async Task An_unseen_story_expiring_before_a_seen_newer_one_moves_its_owner_among_the_seen_at_that_instant()
    {
        var (viewer, early, late) = (await NewUserAsync(), await NewUserAsync(), await NewUserAsync());
        Story.Relationships.Follow(viewer, early);
        Story.Relationships.Follow(viewer, late);
        var unseen = await PostAsync(early);
        Clock.Advance(TimeSpan.FromHours(1));
        var seenLater = await PostAsync(early);
        Clock.Advance(TimeSpan.FromHours(1));
        var newest = await PostAsync(late);
        await Story.Viewing.MarkSeenAsync(viewer, seenLater, Cancellation);
        await Story.Viewing.MarkSeenAsync(viewer, newest, Cancellation);
        Assert.Equal([early, late], (await Story.Tray.ReadAsync(viewer, null, 10, Cancellation)).Items.Select(e => e.OwnerId));

        Clock.SetUtcNow((await Story.Adapter.FindStoryAsync(unseen, Cancellation))!.ExpiresAt);
        var tray = (await Story.Tray.ReadAsync(viewer, null, 10, Cancellation)).Items;

        Assert.Equal([late, early], tray.Select(e => e.OwnerId));
        Assert.Equal([false, false], tray.Select(e => e.HasUnseen));
        Assert.Equal(1, tray[1].StoryCount);
        // The read recomputed the stale row: the stored order is the tray's again.
        Assert.False(Assert.Single(await Story.Adapter.ListTrayRowsAsync(viewer, null, 10, Cancellation), row => row.OwnerId == early).HasUnseen);
    }

    [Fact]
    public async Task A_deleted_story_leaves_the_tray_and_its_owners_place_follows_the_stories_left()
    {
        var (viewer, ana, bob) = (await NewUserAsync(), await NewUserAsync(), await NewUserAsync());
        Story.Relationships.Follow(viewer, ana);
        Story.Relationships.Follow(viewer, bob);
        await PostAsync(ana);
        await PostAsync(bob);
        var newest = await PostAsync(ana);
        Assert.Equal([ana, bob], (await Story.Tray.ReadAsync(viewer, null, 10, Cancellation)).Items.Select(e => e.OwnerId));

        Assert.Equal(DeleteOutcome.Deleted, await Story.Posting.DeleteAsync(ana, newest, Cancellation));

        var tray = (await Story.Tray.ReadAsync(viewer, null, 10, Cancellation)).Items;
        Assert.Equal([bob, ana], tray.Select(e => e.OwnerId));
        Assert.Equal(1, tray[1].StoryCount);
    }

    [Fact]
    public async Task A_post_whose_first_fan_out_batch_fails_is_posted_and_the_worker_carries_the_fan_out_out()
    {
        var (owner, follower) = (await NewUserAsync(), await NewUserAsync());
        Story.Relationships.Follow(follower, owner);
        Story.Relationships.FollowersUnavailable = true;

        Assert.True((await Story.Posting.PostAsync(owner, Draft(), null, Cancellation)).Created);
        Assert.Empty((await Story.Tray.ReadAsync(follower, null, 10, Cancellation)).Items);
        Assert.NotNull(await Story.Adapter.NextTrayFanOutAsync(Cancellation));

        Story.Relationships.FollowersUnavailable = false;
        await Story.FanOut.RunUntilIdleAsync(Cancellation);
        Assert.Equal([owner], (await Story.Tray.ReadAsync(follower, null, 10, Cancellation)).Items.Select(e => e.OwnerId));
    }

    [Fact]
    public async Task A_fan_out_whose_story_is_gone_writes_nothing_and_ends()
    {
        var story = WithOptions(new StoryOptions { FanOutBatchSize = 1 });
        var (owner, first, second) = (await NewUserAsync(story), await NewUserAsync(story), await NewUserAsync(story));
        story.Relationships.Follow(first, owner);
        story.Relationships.Follow(second, owner);
        var posted = await PostAsync(story, owner);
        await story.Posting.DeleteAsync(owner, posted, Cancellation);

        Assert.Null(await story.Adapter.NextTrayFanOutAsync(Cancellation));
        await story.FanOut.RunUntilIdleAsync(Cancellation);
        Assert.Empty((await story.Tray.ReadAsync(first, null, 10, Cancellation)).Items);
        Assert.Empty(await story.Adapter.ListTrayRowsAsync(second, null, 10, Cancellation));
    }

    [Fact]
    public async Task A_deleted_account_takes_its_tray_rows_fan_outs_and_broadcasts_with_it()
    {
        var story = WithOptions(new StoryOptions { FanOutBatchSize = 1, FanOutFollowerLimit = 2 });
        var (owner, viewer, other, celebrity) = (await NewUserAsync(story), await NewUserAsync(story), await NewUserAsync(story), await NewUserAsync(story));
        story.Relationships.Follow(viewer, owner);
        story.Relationships.Follow(other, owner);
        story.Relationships.Follow(viewer, other);
        foreach (var fan in new[] { viewer, other, owner })
        {
            story.Relationships.Follow(fan, celebrity);
        }

        await PostAsync(story, owner);
        await PostAsync(story, other);
        await PostAsync(story, celebrity);
        Assert.NotEmpty(await story.Adapter.ListTrayRowsAsync(viewer, null, 10, Cancellation));
        Assert.NotNull(await story.Adapter.NextTrayFanOutAsync(Cancellation));

        await story.Users.RemoveAsync(owner, Receipt(), Cancellation);
        await story.Users.RemoveAsync(celebrity, Receipt(), Cancellation);
        await story.Users.RemoveAsync(viewer, Receipt(), Cancellation);

        Assert.Empty(await story.Adapter.ListTrayRowsAsync(viewer, null, 10, Cancellation));
        Assert.Empty(await story.Adapter.BroadcastingOwnersAsync(Clock.GetUtcNow(), Cancellation));
        await story.FanOut.RunUntilIdleAsync(Cancellation);
        Assert.Null(await story.Adapter.NextTrayFanOutAsync(Cancellation));
        Assert.DoesNotContain(await story.Adapter.ListTrayRowsAsync(other, null, 10, Cancellation), row => row.OwnerId == owner);
    }

    [Fact]
    public async Task Tray_rows_are_listed_in_the_trays_order_strictly_after_a_cursor_and_replaced_per_owner()
    {
        var viewer = Guid.CreateVersion7();
        var at = Clock.GetUtcNow();
        var (a, b, c, d) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        TrayRow Row(Guid owner, TrayReach reach, bool unseen, int minutes) => new(viewer, owner, reach, unseen, at.AddMinutes(minutes), at.AddMinutes(minutes).Add(Lifetime));
        var rows = new[]
        {
            Row(a, TrayReach.Followers, false, 50), Row(b, TrayReach.Followers, true, 10), Row(c, TrayReach.Followers, true, 10),
            Row(c, TrayReach.CloseFriends, true, 30), Row(d, TrayReach.Followers, false, 5),
        };
        await Story.Adapter.WriteAsync(async (transaction, ct) =>
        {
            foreach (var owner in rows.GroupBy(row => row.OwnerId))
            {
                await transaction.ReplaceTrayRowsAsync(owner.Key, [viewer], [.. owner], ct);
            }

            return true;
        }, Cancellation);

        var all = await Story.Adapter.ListTrayRowsAsync(viewer, null, 10, Cancellation);
        var higher = b.CompareTo(c) > 0 ? b : c;
        var lower = higher == b ? c : b;
        Assert.Equal(
            [(c, TrayReach.CloseFriends), (higher, TrayReach.Followers), (lower, TrayReach.Followers), (a, TrayReach.Followers), (d, TrayReach.Followers)],
            all.Select(row => (row.OwnerId, row.Reach)));
        Assert.Equal(rows.OrderBy(row => (row.OwnerId, row.Reach)), all.OrderBy(row => (row.OwnerId, row.Reach)));
        Assert.Equal([lower, a, d], (await Story.Adapter.ListTrayRowsAsync(viewer, all[1].Position, 10, Cancellation)).Select(row => row.OwnerId));
        Assert.Equal([c, higher], (await Story.Adapter.ListTrayRowsAsync(viewer, null, 2, Cancellation)).Select(row => row.OwnerId));

        await Story.Adapter.WriteAsync(async (transaction, ct) =>
        {
            Assert.True(await transaction.HasTrayRowsAsync(viewer, c, ct));
            await transaction.ReplaceTrayRowsAsync(c, [viewer], [Row(c, TrayReach.Mutuals, false, 1)], ct);
            await transaction.ReplaceTrayRowsAsync(a, [viewer, Guid.CreateVersion7()], [], ct);
            Assert.False(await transaction.HasTrayRowsAsync(viewer, a, ct));
            return true;
        }, Cancellation);
        Assert.Equal([(b, TrayReach.Followers), (d, TrayReach.Followers), (c, TrayReach.Mutuals)], (await Story.Adapter.ListTrayRowsAsync(viewer, null, 10, Cancellation)).Select(row => (row.OwnerId, row.Reach)));

        // Many viewers of one owner at once, as a fan-out batch writes them.
        var other = Guid.CreateVersion7();
        await Story.Adapter.WriteAsync(async (transaction, ct) =>
        {
            await transaction.ReplaceTrayRowsAsync(b, [viewer, other], [Row(b, TrayReach.Followers, true, 2) with { ViewerId = other }], ct);
            return true;
        }, Cancellation);
        Assert.Equal([d, c], (await Story.Adapter.ListTrayRowsAsync(viewer, null, 10, Cancellation)).Select(row => row.OwnerId));
        Assert.Equal(other, Assert.Single(await Story.Adapter.ListTrayRowsAsync(other, null, 10, Cancellation)).ViewerId);
    }

    [Fact]
    public async Task A_fan_out_batch_replaces_the_rows_of_a_thousand_viewers_at_once_and_leaves_other_owners_rows()
    {
        var at = Clock.GetUtcNow();
        var (owner, other) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var viewers = Enumerable.Range(0, 1200).Select(_ => Guid.CreateVersion7()).ToList();
        TrayRow Row(Guid viewer, Guid of, TrayReach reach, int minutes) => new(viewer, of, reach, true, at.AddMinutes(minutes), at.AddMinutes(minutes).Add(Lifetime));
        await Story.Adapter.WriteAsync(async (transaction, ct) =>
        {
            await transaction.ReplaceTrayRowsAsync(owner, viewers, [.. viewers.SelectMany(v => new[] { Row(v, owner, TrayReach.Followers, 1), Row(v, owner, TrayReach.CloseFriends, 2) })], ct);
            await transaction.ReplaceTrayRowsAsync(other, viewers, [.. viewers.Select(v => Row(v, other, TrayReach.Followers, 3))], ct);
            return true;
        }, Cancellation);

        // Every other viewer keeps one row of the owner's, now newer; the rest lose theirs.
        var kept = viewers.Where((_, i) => i % 2 == 0).ToHashSet();
        await Story.Adapter.WriteAsync(async (transaction, ct) =>
        {
            await transaction.ReplaceTrayRowsAsync(owner, viewers, [.. kept.Select(v => Row(v, owner, TrayReach.Followers, 4))], ct);
            return true;
        }, Cancellation);

        foreach (var viewer in viewers)
        {
            var rows = await Story.Adapter.ListTrayRowsAsync(viewer, null, 10, Cancellation);
            Assert.Equal(
                kept.Contains(viewer) ? [Row(viewer, owner, TrayReach.Followers, 4), Row(viewer, other, TrayReach.Followers, 3)] : [Row(viewer, other, TrayReach.Followers, 3)],
                rows);
        }
    }

    [Fact]
    public async Task Fan_outs_are_taken_oldest_first_advanced_and_completed_and_broadcasts_recorded_once()
    {
        var owner = await NewUserAsync();
        var (older, newer) = (await PostAsync(owner), await PostAsync(owner));
        // The posts finished their own fan-outs (nobody follows); these are scheduled by hand.
        var at = Clock.GetUtcNow();
        await Story.Adapter.WriteAsync(async (transaction, ct) =>
        {
            await transaction.ScheduleTrayFanOutAsync(new PendingTrayFanOut(newer, owner, null, at.AddSeconds(1)), ct);
            await transaction.ScheduleTrayFanOutAsync(new PendingTrayFanOut(older, owner, null, at), ct);
            await transaction.ScheduleTrayFanOutAsync(new PendingTrayFanOut(older, owner, "again", at.AddSeconds(2)), ct);
            return true;
        }, Cancellation);

        Assert.Equal(new PendingTrayFanOut(older, owner, null, at), await Story.Adapter.NextTrayFanOutAsync(Cancellation));
        await Story.Adapter.WriteAsync(async (transaction, ct) =>
        {
            await transaction.AdvanceTrayFanOutAsync(older, "page-2", ct);
            Assert.Equal("page-2", (await transaction.ReadTrayFanOutAsync(older, ct))!.Cursor);
            await transaction.CompleteTrayFanOutAsync(older, ct);
            Assert.Null(await transaction.ReadTrayFanOutAsync(older, ct));
            var story = (await transaction.ReadStoryAsync(newer, ct))!;
            await transaction.InsertBroadcastAsync(story, ct);
            await transaction.InsertBroadcastAsync(story, ct);
            return true;
        }, Cancellation);

        Assert.Equal(newer, (await Story.Adapter.NextTrayFanOutAsync(Cancellation))!.StoryId);
        Assert.Equal([owner], await Story.Adapter.BroadcastingOwnersAsync(Clock.GetUtcNow(), Cancellation));
        await Story.Posting.DeleteAsync(owner, newer, Cancellation);
        Assert.Null(await Story.Adapter.NextTrayFanOutAsync(Cancellation));
        Assert.Empty(await Story.Adapter.BroadcastingOwnersAsync(Clock.GetUtcNow(), Cancellation));
    }

    [Fact]
    public async Task A_transaction_reads_an_owners_live_stories_and_who_of_many_viewers_saw_which()
    {
        var (owner, bob, cy) = (await NewUserAsync(), await NewUserAsync(), await NewUserAsync());
        var (first, second) = (await PostAsync(owner, StoryAudiences.Everyone), await PostAsync(owner, StoryAudiences.Everyone));
        await Story.Viewing.MarkSeenAsync(bob, first, Cancellation);
        await Story.Viewing.MarkSeenAsync(cy, second, Cancellation);
        await Story.Viewing.MarkSeenAsync(cy, first, Cancellation);

        await Story.Adapter.WriteAsync(async (transaction, ct) =>
        {
            Assert.Equal([first, second], (await transaction.ReadLiveStoriesAsync(owner, Clock.GetUtcNow(), ct)).Select(s => s.StoryId));
            var seen = await transaction.ReadSeenAsync([bob, cy, owner], [first, second], ct);
            // Users made in one millisecond of the fake clock sort either way by id: compare in one order on both sides.
            (Guid ViewerId, Guid StoryId)[] expected = [(bob, first), (cy, first), (cy, second)];
            Assert.Equal(
                expected.OrderBy(pair => pair.ViewerId).ThenBy(pair => pair.StoryId),
                seen.OrderBy(pair => pair.ViewerId).ThenBy(pair => pair.StoryId));
            var expiry = (await transaction.ReadStoryAsync(second, ct))!.ExpiresAt;
            Assert.Empty(await transaction.ReadLiveStoriesAsync(owner, expiry, ct));
            return true;
        }, Cancellation);
    }

    /// <summary>Story over the same store with other options (fan-out limits) and a Graph of its own.</summary>
    private StoryUnderTest WithOptions(StoryOptions options) => new(Story.Adapter, Story.Outbox, Clock, options);

    private async Task<Guid> NewUserAsync(StoryUnderTest story)
    {
        var id = Guid.CreateVersion7();
        await story.Users.AddAsync(new Social.KnownUsers.KnownUser(id, FakeProfiles.HandleOf(id), Clock.GetUtcNow()), Receipt(), Cancellation);
        return id;
    }

    private static async Task<Guid> PostAsync(StoryUnderTest story, Guid owner) =>
        (await story.Posting.PostAsync(owner, Draft(), null, Cancellation)).Value!.StoryId;

    private static async Task<int> CountWithRowsAsync(StoryUnderTest story, IEnumerable<Guid> viewers)
    {
        var count = 0;
        foreach (var viewer in viewers)
        {
            count += (await story.Adapter.ListTrayRowsAsync(viewer, null, 10, Cancellation)).Count > 0 ? 1 : 0;
        }

        return count;
    }
}
