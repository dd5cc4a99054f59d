using Social.Contracts.Events;
using Social.Engagement.Domain.Access;
using Social.Engagement.Domain.Likes;
using Social.KnownUsers;

namespace Social.FunctionalTests.Storage;

/// <summary>Likes: idempotent per user, counted in shards, taken back by blocks and deletions with their events.</summary>
public abstract partial class EngagementStoreConformance
{
    [Fact]
    public async Task A_like_is_one_per_user_however_often_it_is_given_or_taken_back()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var item = await NewContentAsync(ana);

        Assert.Equal((true, 1L), Outcome(await Engagement.Liking.LikeAsync(bob, item, Cancellation)));
        Assert.Equal((true, 1L), Outcome(await Engagement.Liking.LikeAsync(bob, item, Cancellation)));
        Assert.Equal((false, 0L), Outcome(await Engagement.Liking.UnlikeAsync(bob, item, Cancellation)));
        Assert.Equal((false, 0L), Outcome(await Engagement.Liking.UnlikeAsync(bob, item, Cancellation)));
        Assert.Equal((true, 1L), Outcome(await Engagement.Liking.LikeAsync(bob, item, Cancellation)));

        var events = await Engagement.EventsAsync();
        Assert.Equal(2, events.OfType<ContentLiked>().Count());
        Assert.Single(events.OfType<ContentUnliked>(), e => e.Reason == LikeEndReasons.Unliked && e.UserId == bob && e.OwnerId == ana);
        Assert.Equal(1, await LikesReceivedAsync(ana));
    }

    [Fact]
    public async Task Many_likers_of_one_item_are_counted_across_shards_and_listed_newest_first()
    {
        var ana = await NewUserAsync();
        var item = await NewContentAsync(ana);
        var likers = new List<Guid>();
        for (var i = 0; i < 60; i++)
        {
            var user = await NewUserAsync();
            likers.Add(user);
            await Engagement.Liking.LikeAsync(user, item, Cancellation);
        }

        Assert.Equal(60, await LikesAsync(item));
        var listed = new List<Guid>();
        Guid? after = null;
        do
        {
            var page = (await Engagement.Reads.LikersAsync(ana, item, after, 25, Cancellation)).Value!.Page;
            listed.AddRange(page.Items.Select(l => l.UserId));
            after = page.Next;
        }
        while (after is not null);

        Assert.Equal(Enumerable.Reverse(likers), listed);
        Assert.Empty((await Engagement.Reconciler.ReconcileAsync(repair: false, Cancellation)).Drift);
    }

    [Fact]
    public async Task Who_cannot_see_an_item_cannot_like_it_and_nothing_is_written()
    {
        var ana = await NewUserAsync();
        var stranger = await NewUserAsync();
        var blocked = await NewUserAsync();
        var forFollowers = (await Engagement.Publishing.CreateAsync(ana, Draft() with { Audience = "followers" }, null, Cancellation)).Item!.Record.ContentId;
        var open = await NewContentAsync(ana);
        Engagement.Relationships.Block(ana, blocked);

        Assert.Equal(AccessDecision.NotFound, (await Engagement.Liking.LikeAsync(stranger, forFollowers, Cancellation)).Access);
        Assert.Equal(AccessDecision.NotFound, (await Engagement.Liking.LikeAsync(blocked, open, Cancellation)).Access);
        Assert.Equal(AccessDecision.NotFound, (await Engagement.Liking.LikeAsync(stranger, Guid.CreateVersion7(), Cancellation)).Access);
        await Engagement.Users.ApplySettingsAsync(UserSettings.DefaultsFor(ana) with { IsPrivate = true, ChangedAt = Clock.GetUtcNow() }, Receipt(), Cancellation);
        Assert.Equal(AccessDecision.PrivateAccount, (await Engagement.Liking.LikeAsync(stranger, open, Cancellation)).Access);

        Assert.Equal((0L, 0L), (await LikesAsync(forFollowers), await LikesAsync(open)));
        Assert.Empty((await Engagement.EventsAsync()).OfType<ContentLiked>());
    }

    [Fact]
    public async Task A_block_takes_the_blocked_users_likes_off_the_blockers_content_only_and_fixes_the_counts()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var carl = await NewUserAsync();
        var anas = new[] { await NewContentAsync(ana), await NewContentAsync(ana) };
        var carls = await NewContentAsync(carl);
        foreach (var item in anas.Append(carls))
        {
            await Engagement.Liking.LikeAsync(bob, item, Cancellation);
        }

        var receipt = Receipt();
        var block = new UserBlocked { BlockerId = ana, BlockedId = bob, At = Clock.GetUtcNow() };
        Assert.True(await Engagement.Blocks.BlockedAsync(block, receipt, Cancellation));
        Assert.False(await Engagement.Blocks.BlockedAsync(block, receipt, Cancellation));

        Assert.Equal((0L, 0L, 1L), (await LikesAsync(anas[0]), await LikesAsync(anas[1]), await LikesAsync(carls)));
        Assert.Equal((0L, 1L), (await LikesReceivedAsync(ana), await LikesReceivedAsync(carl)));
        Assert.Equal(2, (await Engagement.EventsAsync()).OfType<ContentUnliked>().Count(e => e.Reason == LikeEndReasons.Blocked));
        // Graph has not answered yet that they are blocked: the replicated block still refuses the like.
        Assert.Equal(AccessDecision.NotFound, (await Engagement.Liking.LikeAsync(bob, anas[0], Cancellation)).Access);
        Assert.Equal(AccessDecision.NotFound, (await Engagement.Liking.LikeAsync(ana, (await NewContentAsync(bob)), Cancellation)).Access);
        Assert.Equal(0, await LikesAsync(anas[0]));
    }

    [Fact]
    public async Task A_late_block_event_removes_only_likes_made_before_the_block_and_an_older_state_never_wins()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var item = await NewContentAsync(ana);
        var blockedAt = Clock.GetUtcNow();
        var unblockedAt = Clock.GetUtcNow();

        // The unblock arrives first; bob likes after it; then the (older) block arrives.
        await Engagement.Blocks.UnblockedAsync(new UserUnblocked { BlockerId = ana, BlockedId = bob, At = unblockedAt }, Receipt(), Cancellation);
        await Engagement.Liking.LikeAsync(bob, item, Cancellation);
        await Engagement.Blocks.BlockedAsync(new UserBlocked { BlockerId = ana, BlockedId = bob, At = blockedAt }, Receipt(), Cancellation);

        Assert.Equal(1, await LikesAsync(item));
        Assert.Equal(AccessDecision.Visible, (await Engagement.Liking.UnlikeAsync(bob, item, Cancellation)).Access);
    }

    [Fact]
    public async Task Deleting_an_item_takes_its_likes_off_its_owners_shards_with_one_event_per_shard()
    {
        var ana = await NewUserAsync();
        var item = await NewContentAsync(ana);
        var likers = new List<Guid>();
        for (var i = 0; i < 40; i++)
        {
            likers.Add(await NewUserAsync());
            await Engagement.Liking.LikeAsync(likers[^1], item, Cancellation);
        }

        var before = (await Engagement.EventsAsync()).Count;
        await Engagement.Publishing.RemoveAsync(item, Cancellation);

        var events = (await Engagement.EventsAsync()).Skip(before).ToList();
        Assert.Single(events.OfType<ContentRemoved>(), e => e.ContentId == item && e.OwnerId == ana);
        var shards = events.OfType<LikesReceivedChanged>().ToList();
        Assert.Equal(likers.Select(LikeCounterShards.Of).Distinct().Order(), shards.Select(e => e.Shard).Order());
        Assert.All(shards, e => Assert.Equal((ana, 0L), (e.UserId, e.Likes)));
        Assert.Equal(0, await LikesReceivedAsync(ana));
        Assert.Null(await Engagement.Adapter.FindContentAsync(item, Cancellation));
    }

    [Fact]
    public async Task A_deleted_account_takes_its_content_and_every_like_it_gave_and_each_count_drops()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var anas = await NewContentAsync(ana);
        var bobs = await NewContentAsync(bob);
        await Engagement.Liking.LikeAsync(bob, anas, Cancellation);
        await Engagement.Liking.LikeAsync(ana, bobs, Cancellation);
        await Engagement.Liking.LikeAsync(bob, bobs, Cancellation);

        var receipt = Receipt();
        Assert.True(await Engagement.Users.RemoveAsync(bob, receipt, Cancellation));
        Assert.False(await Engagement.Users.RemoveAsync(bob, receipt, Cancellation));

        Assert.Null(await Engagement.Adapter.FindContentAsync(bobs, Cancellation));
        Assert.Equal(0, await LikesAsync(anas));
        Assert.Equal(0, await LikesReceivedAsync(ana));
        Assert.Equal(AccessDecision.NotFound, (await Engagement.Liking.LikeAsync(bob, anas, Cancellation)).Access);
        Assert.Empty((await Engagement.Reads.LikersAsync(ana, anas, null, 10, Cancellation)).Value!.Page.Items);
        Assert.Empty((await Engagement.Reconciler.ReconcileAsync(repair: false, Cancellation)).Drift);
    }

    [Fact]
    public async Task The_reconciler_finds_drifted_like_and_comment_counts_and_repairs_them()
    {
        var ana = await NewUserAsync();
        var item = await NewContentAsync(ana);
        var other = await NewContentAsync(ana);
        await Engagement.Liking.LikeAsync(await NewUserAsync(), item, Cancellation);
        await Engagement.Commenting.PostAsync(ana, item, "kept", null, null, Cancellation);
        await Engagement.Adapter.WriteAsync(async (transaction, ct) =>
        {
            await transaction.AdjustLikesAsync(item, 3, 7, ct);
            await transaction.AdjustCommentsAsync(other, 5, -2, ct);
            return true;
        }, Cancellation);

        var found = await Engagement.Reconciler.ReconcileAsync(repair: true, Cancellation);

        Assert.Equal(
            [(item, 8L, 1L, 1L, 1L), (other, 0L, 0L, -2L, 0L)],
            found.Drift.OrderBy(d => d.ContentId == item ? 0 : 1).Select(d => (d.ContentId, d.StoredLikes, d.ActualLikes, d.StoredComments, d.ActualComments)));
        Assert.Equal(1, await LikesAsync(item));
        Assert.Equal(0, (await Engagement.Adapter.FindContentAsync(other, Cancellation))!.CommentsCount);
        Assert.Empty((await Engagement.Reconciler.ReconcileAsync(repair: false, Cancellation)).Drift);
    }

    [Fact]
    public async Task Every_change_of_a_shard_of_likes_received_is_announced_at_a_higher_version()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var first = await NewContentAsync(ana);
        var second = await NewContentAsync(ana);

        await Engagement.Liking.LikeAsync(bob, first, Cancellation);
        await Engagement.Liking.LikeAsync(bob, second, Cancellation);
        await Engagement.Liking.LikeAsync(bob, second, Cancellation); // Already liked: nothing changes, nothing is announced.
        await Engagement.Liking.UnlikeAsync(bob, first, Cancellation);

        var announced = (await Engagement.EventsAsync()).OfType<LikesReceivedChanged>().Where(e => e.UserId == ana).ToList();
        Assert.Equal([(1L, 1L), (2L, 2L), (1L, 3L)], announced.Select(e => (e.Likes, e.Version)));
        Assert.All(announced, e => Assert.Equal(LikeCounterShards.Of(bob), e.Shard));
    }

    [Fact]
    public async Task The_reconciler_finds_drifted_likes_received_repairs_them_and_announces_the_repair()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var fan = await NewUserAsync();
        await Engagement.Liking.LikeAsync(fan, await NewContentAsync(ana), Cancellation);
        await Engagement.Liking.LikeAsync(fan, await NewContentAsync(bob), Cancellation);
        var shard = LikeCounterShards.Of(fan);
        var other = (shard + 1) % LikeCounterShards.Count;
        await Engagement.Adapter.WriteAsync(async (transaction, ct) =>
        {
            await transaction.AdjustLikesReceivedAsync(ana, shard, 6, ct); // 7 stored, 1 like.
            await transaction.AdjustLikesReceivedAsync(ana, other, -2, ct); // -2 stored, no like.
            return true;
        }, Cancellation);
        var before = (await Engagement.EventsAsync()).Count;

        var report = await Engagement.LikesReceivedReconciler.ReconcileAsync(repair: false, announce: false, Cancellation);
        var repair = await Engagement.LikesReceivedReconciler.ReconcileAsync(repair: true, announce: false, Cancellation);
        var after = await Engagement.LikesReceivedReconciler.ReconcileAsync(repair: false, announce: false, Cancellation);

        Assert.Equal(
            [(ana, shard, 7L, 1L), (ana, other, -2L, 0L)],
            report.Drift.OrderBy(d => d.Shard == shard ? 0 : 1).Select(d => (d.OwnerId, d.Shard, d.StoredLikes, d.ActualLikes)));
        Assert.Equal((false, true, 2L), (report.Repaired, repair.Repaired, repair.Announced));
        Assert.Empty(after.Drift);
        Assert.Equal(3, after.ShardsChecked);
        var repaired = (await Engagement.EventsAsync()).Skip(before).OfType<LikesReceivedChanged>().ToList();
        Assert.Equal([(ana, shard, 1L), (ana, other, 0L)], repaired.OrderBy(e => e.Shard == shard ? 0 : 1).Select(e => (e.UserId, e.Shard, e.Likes)));
        Assert.Equal(1, await LikesReceivedAsync(ana));
        Assert.Equal(1, await LikesReceivedAsync(bob));
    }

    [Fact]
    public async Task An_announcement_repeats_every_shard_at_a_new_version_without_changing_it()
    {
        var ana = await NewUserAsync();
        var fans = new[] { await NewUserAsync(), await NewUserAsync(), await NewUserAsync() };
        var item = await NewContentAsync(ana);
        foreach (var fan in fans)
        {
            await Engagement.Liking.LikeAsync(fan, item, Cancellation);
        }

        var published = (await Engagement.EventsAsync()).OfType<LikesReceivedChanged>().ToList();
        var latest = published.GroupBy(e => e.Shard).ToDictionary(g => g.Key, g => g.MaxBy(e => e.Version)!);

        var announcement = await Engagement.LikesReceivedReconciler.ReconcileAsync(repair: false, announce: true, Cancellation);

        var again = (await Engagement.EventsAsync()).OfType<LikesReceivedChanged>().Skip(published.Count).ToList();
        Assert.Equal(latest.Count, announcement.Announced);
        Assert.Equal(latest.Keys.Order(), again.Select(e => e.Shard).Order());
        Assert.All(again, e => Assert.Equal((latest[e.Shard].Likes, latest[e.Shard].Version + 1), (e.Likes, e.Version)));
        Assert.Equal(3, await LikesReceivedAsync(ana));
        Assert.Empty(announcement.Drift);
    }

    private static (bool Liked, long Count) Outcome(Social.Engagement.Domain.Likes.LikeOutcome outcome) => (outcome.Liked, outcome.LikesCount);
}
