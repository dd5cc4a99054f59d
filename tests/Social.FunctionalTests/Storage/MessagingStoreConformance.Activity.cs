using Social.Contracts.Events;
using Social.Messaging.Domain.Activity;
using Social.Messaging.Domain.Conversations;

namespace Social.FunctionalTests.Storage;

/// <summary>
/// The activity inbox: each type once however often its event comes, taken back by its undo in either order, never
/// from a muted, blocked or self actor; grouping, seen, paging, blocks, deletions and the live stream.
/// </summary>
public abstract partial class MessagingStoreConformance
{
    public static TheoryData<string> ActivityTypeNames =>
    [
        ActivityTypes.Follow, ActivityTypes.FollowRequest, ActivityTypes.FollowAccepted, ActivityTypes.Like, ActivityTypes.Comment, ActivityTypes.Reply,
        ActivityTypes.Mention, ActivityTypes.Tag, ActivityTypes.CommentLike, ActivityTypes.StoryReply,
    ];

    /// <summary>The types whose cause has an undo event of its own (an accepted request and a story reply have none).</summary>
    public static TheoryData<string> RetractableTypeNames =>
    [
        ActivityTypes.Follow, ActivityTypes.FollowRequest, ActivityTypes.Like, ActivityTypes.Comment, ActivityTypes.Reply, ActivityTypes.Mention,
        ActivityTypes.Tag, ActivityTypes.CommentLike,
    ];

    [Theory]
    [MemberData(nameof(ActivityTypeNames))]
    public async Task Each_type_appears_once_when_its_event_is_delivered_twice(string type)
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var (cause, _) = await ScenarioAsync(type, ana, bob, Clock.GetUtcNow());
        var receipt = Receipt();

        Assert.True(await Messaging.DeliverAsync(cause, receipt));
        Assert.False(await Messaging.DeliverAsync(cause, receipt));
        // The same event again under another message id (a republish): the newest state is already stored.
        await Messaging.DeliverAsync(cause, Receipt());

        var entry = Assert.Single(await ActivityOfAsync(ana));
        Assert.Equal((type, 1L, false), (entry.Entry.Type, entry.Entry.ActorCount, entry.Entry.Seen));
        Assert.Equal([bob], entry.Actors.Select(a => a.UserId));
        Assert.Equal(FakeProfiles.HandleOf(bob), entry.Actors[0].Handle);
        Assert.Equal(1, (await Messaging.Activity.BadgesAsync(ana, Cancellation)).UnseenActivity);
        Assert.Empty(await ActivityOfAsync(bob, type));
    }

    [Theory]
    [MemberData(nameof(RetractableTypeNames))]
    public async Task Each_undo_retracts_its_cause_even_when_delivered_before_it(string type)
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var cy = await NewUserAsync();
        var at = Clock.GetUtcNow();
        var (cause, undo) = await ScenarioAsync(type, ana, bob, at);
        var (lateCause, earlyUndo) = await ScenarioAsync(type, ana, cy, at);

        await Messaging.DeliverAsync(cause, Receipt());
        Assert.Single(await ActivityOfAsync(ana));
        await Messaging.DeliverAsync(undo!, Receipt());
        await Messaging.DeliverAsync(earlyUndo!, Receipt());
        await Messaging.DeliverAsync(lateCause, Receipt());

        Assert.Empty(await ActivityOfAsync(ana));
        Assert.Equal(0, (await Messaging.Activity.BadgesAsync(ana, Cancellation)).UnseenActivity);
    }

    [Theory]
    [MemberData(nameof(ActivityTypeNames))]
    public async Task No_type_tells_of_a_muted_or_blocked_actor_or_of_oneself(string type)
    {
        var ana = await NewUserAsync();
        var muted = await NewUserAsync();
        var blocker = await NewUserAsync();
        var blocked = await NewUserAsync();
        Messaging.Relationships.Mute(ana, muted);
        // One block only Graph knows of yet, one only the replica has heard of.
        Messaging.Relationships.Block(blocker, ana);
        await Messaging.DeliverAsync(new UserBlocked { BlockerId = ana, BlockedId = blocked, At = Clock.GetUtcNow() }, Receipt());
        var self = type is ActivityTypes.FollowAccepted or ActivityTypes.StoryReply ? [] : new[] { ana };

        foreach (var actor in new[] { muted, blocker, blocked }.Concat(self))
        {
            var (cause, _) = await ScenarioAsync(type, ana, actor, Clock.GetUtcNow());
            await Messaging.DeliverAsync(cause, Receipt());
        }

        Assert.Empty(await ActivityOfAsync(ana));
        Assert.Equal(0, (await Messaging.Activity.BadgesAsync(ana, Cancellation)).UnseenActivity);
    }

    [Fact]
    public async Task Fifteen_likers_make_one_entry_of_the_newest_three_three_unlikes_leave_twelve_and_the_last_takes_the_entry_and_the_badge()
    {
        var ana = await NewUserAsync();
        var item = Guid.CreateVersion7();
        var likers = new List<Guid>();
        var start = Clock.GetUtcNow();
        for (var i = 0; i < 15; i++)
        {
            likers.Add(await NewUserAsync());
            await Messaging.DeliverAsync(new ContentLiked { ContentId = item, OwnerId = ana, UserId = likers[^1], At = start.AddSeconds(i) }, Receipt());
        }

        var entry = Assert.Single(await ActivityOfAsync(ana));
        Assert.Equal((ActivityTypes.Like, 15L, (Guid?)item), (entry.Entry.Type, entry.Entry.ActorCount, entry.Entry.ContentId));
        Assert.Equal([likers[14], likers[13], likers[12]], entry.Actors.Select(a => a.UserId));
        Assert.Equal(1, (await Messaging.Activity.BadgesAsync(ana, Cancellation)).UnseenActivity);

        foreach (var liker in likers[12..])
        {
            await Messaging.DeliverAsync(new ContentUnliked { ContentId = item, OwnerId = ana, UserId = liker, Reason = LikeEndReasons.Unliked, At = start.AddMinutes(1) }, Receipt());
        }

        entry = Assert.Single(await ActivityOfAsync(ana));
        Assert.Equal(12, entry.Entry.ActorCount);
        Assert.Equal([likers[11], likers[10], likers[9]], entry.Actors.Select(a => a.UserId));

        foreach (var liker in likers[..12])
        {
            await Messaging.DeliverAsync(new ContentUnliked { ContentId = item, OwnerId = ana, UserId = liker, Reason = LikeEndReasons.Unliked, At = start.AddMinutes(1) }, Receipt());
        }

        Assert.Empty(await ActivityOfAsync(ana));
        Assert.Equal(new Badges(0, 0, 0), await Messaging.Activity.BadgesAsync(ana, Cancellation));
    }

    [Fact]
    public async Task Likes_on_another_day_start_a_new_entry_and_a_new_like_moves_a_seen_entry_to_the_top_unseen_under_its_id()
    {
        var ana = await NewUserAsync();
        var (bob, cy, dee) = (await NewUserAsync(), await NewUserAsync(), await NewUserAsync());
        var (first, second) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var day = Clock.GetUtcNow();
        await Messaging.DeliverAsync(new ContentLiked { ContentId = first, OwnerId = ana, UserId = bob, At = day }, Receipt());
        await Messaging.DeliverAsync(new ContentLiked { ContentId = second, OwnerId = ana, UserId = bob, At = day }, Receipt());
        await Messaging.DeliverAsync(new ContentLiked { ContentId = first, OwnerId = ana, UserId = cy, At = day.AddDays(1) }, Receipt());
        Assert.Equal([(first, 1L), (second, 1L), (first, 1L)], (await ActivityOfAsync(ana)).Select(e => (e.Entry.ContentId!.Value, e.Entry.ActorCount)));

        Assert.Equal(new Badges(0, 0, 0), await Messaging.Seen.MarkSeenAsync(ana, null, Cancellation));
        var before = await ActivityOfAsync(ana);
        await Messaging.DeliverAsync(new ContentLiked { ContentId = second, OwnerId = ana, UserId = dee, At = day.AddMinutes(1) }, Receipt());

        var after = await ActivityOfAsync(ana);
        Assert.Equal(before[1].Entry.ActivityId, after[0].Entry.ActivityId);
        Assert.Equal((2L, false), (after[0].Entry.ActorCount, after[0].Entry.Seen));
        Assert.All(after.Skip(1), e => Assert.True(e.Entry.Seen));
        Assert.Equal(1, (await Messaging.Activity.BadgesAsync(ana, Cancellation)).UnseenActivity);
    }

    [Fact]
    public async Task Seen_up_to_an_entry_covers_it_and_everything_older_and_an_entry_that_is_not_mine_is_not_found()
    {
        var ana = await NewUserAsync();
        var followers = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            followers.Add(await NewUserAsync());
            await Messaging.DeliverAsync(new FollowRequested { RequesterId = followers[^1], TargetId = ana, At = Clock.GetUtcNow() }, Receipt());
        }

        var entries = await ActivityOfAsync(ana);
        var badges = await Messaging.Seen.MarkSeenAsync(ana, entries[2].Entry.ActivityId, Cancellation);

        Assert.Equal(2, badges!.UnseenActivity);
        Assert.Equal([false, false, true, true], (await ActivityOfAsync(ana)).Select(e => e.Entry.Seen));
        Assert.Null(await Messaging.Seen.MarkSeenAsync(followers[0], entries[0].Entry.ActivityId, Cancellation));
        Assert.Null(await Messaging.Seen.MarkSeenAsync(ana, Guid.CreateVersion7(), Cancellation));
        Assert.Equal(2, (await Messaging.Activity.BadgesAsync(ana, Cancellation)).UnseenActivity);
    }

    [Fact]
    public async Task Pages_never_repeat_an_entry_while_one_moves_to_the_top_between_them()
    {
        var ana = await NewUserAsync();
        var items = Enumerable.Range(0, 5).Select(_ => Guid.CreateVersion7()).ToList();
        var bob = await NewUserAsync();
        foreach (var item in items)
        {
            await Messaging.DeliverAsync(new ContentLiked { ContentId = item, OwnerId = ana, UserId = bob, At = Clock.GetUtcNow() }, Receipt());
        }

        var first = await Messaging.Activity.ListAsync(ana, null, 2, Cancellation);
        // The oldest item gets a new like: it leaves the later pages and shows on a fresh first page.
        await Messaging.DeliverAsync(new ContentLiked { ContentId = items[0], OwnerId = ana, UserId = await NewUserAsync(), At = Clock.GetUtcNow() }, Receipt());
        var second = await Messaging.Activity.ListAsync(ana, first.Next, 2, Cancellation);

        Assert.Equal([items[4], items[3]], first.Items.Select(e => e.Entry.ContentId!.Value));
        Assert.Equal([items[2], items[1]], second.Items.Select(e => e.Entry.ContentId!.Value));
        Assert.Null(second.Next);
        Assert.Equal(items[0], (await ActivityOfAsync(ana))[0].Entry.ContentId);
    }

    [Fact]
    public async Task A_block_takes_what_each_of_the_pair_did_out_of_the_others_inbox_and_leaves_the_rest()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var cy = await NewUserAsync();
        var (anas, bobs) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await Messaging.DeliverAsync(new ContentLiked { ContentId = anas, OwnerId = ana, UserId = bob, At = Clock.GetUtcNow() }, Receipt());
        await Messaging.DeliverAsync(new ContentLiked { ContentId = anas, OwnerId = ana, UserId = cy, At = Clock.GetUtcNow() }, Receipt());
        await Messaging.DeliverAsync(new UserFollowed { FollowerId = ana, FolloweeId = bob, At = Clock.GetUtcNow() }, Receipt());
        await Messaging.DeliverAsync(new CommentPosted { CommentId = Guid.CreateVersion7(), ContentId = bobs, OwnerId = bob, AuthorId = ana, At = Clock.GetUtcNow() }, Receipt());
        await Messaging.DeliverAsync(new UserFollowed { FollowerId = cy, FolloweeId = bob, At = Clock.GetUtcNow() }, Receipt());

        await Messaging.DeliverAsync(new UserBlocked { BlockerId = bob, BlockedId = ana, At = Clock.GetUtcNow() }, Receipt());

        var anasInbox = Assert.Single(await ActivityOfAsync(ana));
        Assert.Equal([cy], anasInbox.Actors.Select(a => a.UserId));
        Assert.Equal(1, anasInbox.Entry.ActorCount);
        var bobsInbox = Assert.Single(await ActivityOfAsync(bob));
        Assert.Equal((ActivityTypes.Follow, cy), (bobsInbox.Entry.Type, bobsInbox.Actors.Single().UserId));
        Assert.Equal(1, (await Messaging.Activity.BadgesAsync(bob, Cancellation)).UnseenActivity);
    }

    [Fact]
    public async Task A_deleted_account_loses_its_inbox_and_leaves_everyone_elses()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        await Messaging.DeliverAsync(new UserFollowed { FollowerId = bob, FolloweeId = ana, At = Clock.GetUtcNow() }, Receipt());
        await Messaging.DeliverAsync(new UserFollowed { FollowerId = ana, FolloweeId = bob, At = Clock.GetUtcNow() }, Receipt());

        Assert.True(await Messaging.Users.RemoveAsync(ana, Receipt(), Cancellation));
        await Messaging.ActivityRemovals.RunUntilIdleAsync(Cancellation);

        Assert.Empty(await ActivityOfAsync(ana));
        Assert.Empty(await ActivityOfAsync(bob));
        Assert.Equal(0, (await Messaging.Activity.BadgesAsync(bob, Cancellation)).UnseenActivity);
        Assert.Equal(0, (await Messaging.Activity.BadgesAsync(ana, Cancellation)).UnseenActivity);
    }

    [Fact]
    public async Task A_removed_item_takes_its_likes_comments_mentions_and_tags_with_it_and_keeps_late_ones_out()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var item = Guid.CreateVersion7();
        var comment = Guid.CreateVersion7();
        await Messaging.DeliverAsync(new ContentLiked { ContentId = item, OwnerId = ana, UserId = bob, At = Clock.GetUtcNow() }, Receipt());
        await Messaging.DeliverAsync(new CommentPosted { CommentId = comment, ContentId = item, OwnerId = ana, AuthorId = bob, At = Clock.GetUtcNow() }, Receipt());
        await Messaging.DeliverAsync(new UserTagged { ContentId = item, OwnerId = ana, UserId = bob, At = Clock.GetUtcNow() }, Receipt());
        await Messaging.DeliverAsync(new CommentLiked { CommentId = comment, ContentId = item, AuthorId = bob, UserId = ana, At = Clock.GetUtcNow() }, Receipt());
        Assert.Equal(2, (await ActivityOfAsync(ana)).Count);
        Assert.Equal(2, (await ActivityOfAsync(bob)).Count);

        await Messaging.DeliverAsync(new ContentRemoved { ContentId = item, OwnerId = ana, At = Clock.GetUtcNow() }, Receipt());
        await Messaging.DeliverAsync(new UserMentioned { CommentId = comment, ContentId = item, AuthorId = ana, MentionedId = bob, At = Clock.GetUtcNow().AddSeconds(-1) }, Receipt());
        await Messaging.DeliverAsync(new ContentLiked { ContentId = item, OwnerId = ana, UserId = await NewUserAsync(), At = Clock.GetUtcNow() }, Receipt());

        Assert.Empty(await ActivityOfAsync(ana));
        Assert.Empty(await ActivityOfAsync(bob));
        Assert.Equal(0, (await Messaging.Activity.BadgesAsync(bob, Cancellation)).UnseenActivity);
    }

    [Fact]
    public async Task A_story_reply_shows_with_its_text_when_the_conversation_is_in_the_owners_inbox_and_not_from_their_requests()
    {
        var ana = await NewUserAsync();
        var friend = await NewUserAsync();
        var stranger = await NewUserAsync();
        await SetSettingsAsync(ana, s => s with { WhoCanMessage = Social.Contracts.Settings.Audiences.Followers });
        Messaging.Relationships.Follow(friend, ana);
        var story = Guid.CreateVersion7();

        await Messaging.DeliverAsync(await StoryReplyAsync(friend, ana, story, "nice!"), Receipt());
        await Messaging.DeliverAsync(await StoryReplyAsync(stranger, ana, story, "hello?"), Receipt());

        var entry = Assert.Single(await ActivityOfAsync(ana));
        Assert.Equal((ActivityTypes.StoryReply, (Guid?)story, "nice!"), (entry.Entry.Type, entry.Entry.StoryId, entry.Text));
        Assert.Equal(new Badges(1, 1, 1), await Messaging.Activity.BadgesAsync(ana, Cancellation));
    }

    [Fact]
    public async Task Message_badges_count_unread_messages_of_unmuted_inbox_conversations_and_waiting_requests_as_each_change_is_stored()
    {
        var ana = await NewUserAsync();
        var (friend, muted, stranger, blocked) = (await NewUserAsync(), await NewUserAsync(), await NewUserAsync(), await NewUserAsync());
        await SetSettingsAsync(ana, s => s with { WhoCanMessage = Social.Contracts.Settings.Audiences.Followers });
        foreach (var follower in new[] { friend, muted, blocked })
        {
            Messaging.Relationships.Follow(follower, ana);
        }

        var withFriend = await StartAsync(friend, ana);
        var withMuted = await StartAsync(muted, ana);
        var request = await StartAsync(stranger, ana);
        var withBlocked = await StartAsync(blocked, ana);
        Assert.Equal(ConversationDecision.Allowed, await Messaging.Mine.MuteAsync(ana, withMuted, true, Cancellation));
        foreach (var (sender, conversation) in new[] { (friend, withFriend), (friend, withFriend), (muted, withMuted), (stranger, request), (stranger, request), (blocked, withBlocked) })
        {
            await SendAsync(sender, conversation, "hi");
        }

        Assert.Equal(new Badges(3, 1, 0), await Messaging.Activity.BadgesAsync(ana, Cancellation));
        await Messaging.Reading.MarkReadAsync(ana, withFriend, 1, Cancellation);
        Assert.Equal(new Badges(2, 1, 0), await Messaging.Activity.BadgesAsync(ana, Cancellation));
        await Messaging.DeliverAsync(new UserBlocked { BlockerId = ana, BlockedId = blocked, At = Clock.GetUtcNow() }, Receipt());
        Assert.Equal(new Badges(1, 1, 0), await Messaging.Activity.BadgesAsync(ana, Cancellation));
        Assert.Equal(ConversationDecision.Allowed, await Messaging.Mine.AcceptAsync(ana, request, Cancellation));
        Assert.Equal(new Badges(3, 0, 0), await Messaging.Activity.BadgesAsync(ana, Cancellation));
        Assert.Equal(ConversationDecision.Allowed, await Messaging.Mine.MuteAsync(ana, withMuted, false, Cancellation));
        Assert.Equal(new Badges(4, 0, 0), await Messaging.Activity.BadgesAsync(ana, Cancellation));
        Assert.Equal(new Badges(0, 0, 0), await Messaging.Activity.BadgesAsync(friend, Cancellation));
    }

    [Fact]
    public async Task Each_inbox_change_reaches_the_recipients_stream_with_the_badge_as_it_became()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var cy = await NewUserAsync();
        var item = Guid.CreateVersion7();
        await Messaging.DeliverAsync(new ContentLiked { ContentId = item, OwnerId = ana, UserId = bob, At = Clock.GetUtcNow() }, Receipt());
        await Messaging.DeliverAsync(new ContentLiked { ContentId = item, OwnerId = ana, UserId = cy, At = Clock.GetUtcNow() }, Receipt());
        await Messaging.DeliverAsync(new ContentUnliked { ContentId = item, OwnerId = ana, UserId = bob, Reason = LikeEndReasons.Unliked, At = Clock.GetUtcNow() }, Receipt());
        await Messaging.DeliverAsync(new ContentUnliked { ContentId = item, OwnerId = ana, UserId = cy, Reason = LikeEndReasons.Unliked, At = Clock.GetUtcNow() }, Receipt());

        var stream = await Messaging.Adapter.ReadStreamAsync(ana, 0, 100, Cancellation);
        Assert.Equal(
            [("activity", "added"), ("badges", null), ("activity", "updated"), ("activity", "updated"), ("activity", "removed"), ("badges", null)],
            stream.Select(e => (e.Item.Type, e.Item.Change)));
        Assert.Equal([1L, 0L], stream.Where(e => e.Item.Badges is not null).Select(e => e.Item.Badges!.UnseenActivity));
        Assert.Single(stream.Where(e => e.Item.Type == "activity").Select(e => e.Item.MessageId).Distinct());
        Assert.Empty(await Messaging.Adapter.ReadStreamAsync(bob, 0, 100, Cancellation));
    }

    [Fact]
    public async Task Retraction_markers_older_than_the_retention_are_purged_and_newer_ones_kept()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var item = Guid.CreateVersion7();
        var at = Clock.GetUtcNow();
        await Messaging.DeliverAsync(new ContentUnliked { ContentId = item, OwnerId = ana, UserId = bob, Reason = LikeEndReasons.Unliked, At = at }, Receipt());
        await Messaging.DeliverAsync(new ContentRemoved { ContentId = Guid.CreateVersion7(), OwnerId = ana, At = at }, Receipt());
        await Messaging.DeliverAsync(new ContentUnliked { ContentId = item, OwnerId = ana, UserId = await NewUserAsync(), Reason = LikeEndReasons.Unliked, At = at.AddDays(1) }, Receipt());

        Assert.Equal(2, await Messaging.Adapter.PurgeActivityMarkersAsync(at.AddHours(1), 100, Cancellation));
        Assert.Equal(0, await Messaging.Adapter.PurgeActivityMarkersAsync(at.AddHours(1), 100, Cancellation));
        // The marker gone, a cause older than it is taken as new: the retention bounds how late a cause may come.
        await Messaging.DeliverAsync(new ContentLiked { ContentId = item, OwnerId = ana, UserId = bob, At = at.AddSeconds(-1) }, Receipt());
        Assert.Single(await ActivityOfAsync(ana));
    }

    private async Task<IReadOnlyList<ViewedActivity>> ActivityOfAsync(Guid user, string? type = null) =>
        [.. (await Messaging.Activity.ListAsync(user, null, 100, Cancellation)).Items.Where(e => type is null || e.Entry.Type == type)];

    private async Task<StoryReplied> StoryReplyAsync(Guid replier, Guid owner, Guid story, string text)
    {
        var direct = await StartAsync(replier, owner);
        var message = await SendAsync(replier, direct, text);
        return new StoryReplied { StoryId = story, OwnerId = owner, ReplierId = replier, ConversationId = direct, MessageId = message.MessageId, At = Clock.GetUtcNow() };
    }

    /// <summary>An event by which <paramref name="actor"/> causes an entry of <paramref name="type"/> for <paramref name="recipient"/>, and its undo.</summary>
    private async Task<(object Cause, object? Undo)> ScenarioAsync(string type, Guid recipient, Guid actor, DateTimeOffset at)
    {
        var (item, comment, later) = (Guid.CreateVersion7(), Guid.CreateVersion7(), at.AddSeconds(1));
        return type switch
        {
            ActivityTypes.Follow => (
                new UserFollowed { FollowerId = actor, FolloweeId = recipient, At = at },
                new UserUnfollowed { FollowerId = actor, FolloweeId = recipient, Reason = FollowEndReasons.Unfollowed, At = later }),
            ActivityTypes.FollowRequest => (
                new FollowRequested { RequesterId = actor, TargetId = recipient, At = at },
                new FollowRequestWithdrawn { RequesterId = actor, TargetId = recipient, Reason = FollowEndReasons.Cancelled, At = later }),
            ActivityTypes.FollowAccepted => (new FollowRequestAccepted { RequesterId = recipient, TargetId = actor, At = at }, null),
            ActivityTypes.Like => (
                new ContentLiked { ContentId = item, OwnerId = recipient, UserId = actor, At = at },
                new ContentUnliked { ContentId = item, OwnerId = recipient, UserId = actor, Reason = LikeEndReasons.Unliked, At = later }),
            ActivityTypes.Comment => (
                new CommentPosted { CommentId = comment, ContentId = item, OwnerId = recipient, AuthorId = actor, At = at },
                new CommentDeleted { CommentId = comment, ContentId = item, OwnerId = recipient, AuthorId = actor, Reason = CommentEndReasons.DeletedByAuthor, At = later }),
            ActivityTypes.Reply => (
                new CommentPosted { CommentId = comment, ContentId = item, OwnerId = actor, AuthorId = actor, ReplyTo = Guid.CreateVersion7(), ReplyToAuthorId = recipient, At = at },
                new CommentDeleted { CommentId = comment, ContentId = item, OwnerId = actor, AuthorId = actor, Reason = CommentEndReasons.DeletedByAuthor, At = later }),
            ActivityTypes.Mention => (
                new UserMentioned { CommentId = comment, ContentId = item, AuthorId = actor, MentionedId = recipient, At = at },
                new CommentDeleted { CommentId = comment, ContentId = item, OwnerId = actor, AuthorId = actor, Reason = CommentEndReasons.DeletedByAuthor, At = later }),
            ActivityTypes.Tag => (
                new UserTagged { ContentId = item, OwnerId = actor, UserId = recipient, At = at },
                new TagRemoved { ContentId = item, OwnerId = actor, UserId = recipient, Reason = TagEndReasons.RemovedByUser, At = later }),
            ActivityTypes.CommentLike => (
                new CommentLiked { CommentId = comment, ContentId = item, AuthorId = recipient, UserId = actor, At = at },
                new CommentUnliked { CommentId = comment, ContentId = item, AuthorId = recipient, UserId = actor, Reason = LikeEndReasons.Unliked, At = later }),
            ActivityTypes.StoryReply => (await StoryReplyOrNoneAsync(actor, recipient, at), null),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not an activity type."),
        };
    }

    /// <summary>A story reply in the pair's conversation, or, when they cannot have one (blocked), the event alone, naming none.</summary>
    private async Task<StoryReplied> StoryReplyOrNoneAsync(Guid replier, Guid owner, DateTimeOffset at)
    {
        var start = await Messaging.Starting.StartAsync(replier, [owner], null, null, Cancellation);
        var message = start.Decision == ConversationDecision.Allowed
            ? (await Messaging.Sending.SendAsync(replier, start.ConversationId!.Value, Draft(Guid.NewGuid().ToString(), "re: story"), Cancellation)).Message
            : null;
        return new StoryReplied
        {
            StoryId = Guid.CreateVersion7(), OwnerId = owner, ReplierId = replier, ConversationId = start.ConversationId ?? Guid.CreateVersion7(),
            MessageId = message?.MessageId ?? Guid.CreateVersion7(), At = at,
        };
    }
}
