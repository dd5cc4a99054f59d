using Social.Contracts.Events;
using Social.Messaging.Domain.Activity;
using Social.Messaging.Domain.Conversations;
using Social.Relationships;
using Social.Relationships.Blocks;

namespace Social.UnitTests.Messaging;

public sealed class ActivityRulesTests
{
    private static readonly Guid Ana = Guid.CreateVersion7();
    private static readonly Guid Bob = Guid.CreateVersion7();
    private static readonly Guid Cy = Guid.CreateVersion7();
    private static readonly Guid Item = Guid.CreateVersion7();
    private static readonly DateTimeOffset Noon = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Likes_of_one_item_and_follows_group_by_the_day_they_happened_everything_else_is_its_own_entry()
    {
        var like = Like(Bob, Noon);
        Assert.Equal(ActivityRules.GroupKey(like), ActivityRules.GroupKey(Like(Cy, Noon.AddHours(11))));
        Assert.NotEqual(ActivityRules.GroupKey(like), ActivityRules.GroupKey(Like(Cy, Noon.AddHours(12))));
        Assert.NotEqual(ActivityRules.GroupKey(like), ActivityRules.GroupKey(like with { ObjectId = Guid.CreateVersion7() }));
        var follow = new ActivityCause(ActivityTypes.Follow, Ana, Bob, null, true, Noon);
        Assert.Equal(ActivityRules.GroupKey(follow), ActivityRules.GroupKey(follow with { ActorId = Cy }));

        var comment = new ActivityCause(ActivityTypes.Comment, Ana, Bob, Guid.CreateVersion7(), true, Noon, Item);
        Assert.NotEqual(ActivityRules.GroupKey(comment), ActivityRules.GroupKey(comment with { ObjectId = Guid.CreateVersion7() }));
        Assert.NotEqual(ActivityRules.GroupKey(comment), ActivityRules.GroupKey(comment with { ActorId = Cy }));
        Assert.False(ActivityRules.IsGrouped(ActivityTypes.Mention));
        Assert.True(ActivityRules.IsGrouped(ActivityTypes.CommentLike));
    }

    [Fact]
    public void The_newest_state_of_a_cause_wins_an_undo_beats_its_cause_at_the_same_instant_and_a_repeat_changes_nothing()
    {
        var like = Like(Bob, Noon);
        var unlike = like with { Present = false, At = Noon.AddMinutes(1) };

        Assert.True(ActivityRules.Supersedes(null, like));
        Assert.True(ActivityRules.Supersedes(null, unlike));
        Assert.False(ActivityRules.Supersedes(Stored(like), like));
        Assert.True(ActivityRules.Supersedes(Stored(like), unlike));
        // The undo arrived first: its marker keeps the late cause out.
        Assert.False(ActivityRules.Supersedes(Stored(unlike), like));
        Assert.False(ActivityRules.Supersedes(Stored(unlike), unlike));
        Assert.True(ActivityRules.Supersedes(Stored(unlike), like with { At = Noon.AddMinutes(2) }));
        Assert.True(ActivityRules.Supersedes(Stored(like), like with { Present = false }));
        Assert.False(ActivityRules.Supersedes(Stored(like with { Present = false }), like));
    }

    [Theory]
    [InlineData(false, false, false, true)]
    [InlineData(true, false, false, false)]
    [InlineData(false, true, false, false)]
    [InlineData(false, false, true, false)]
    public void A_recipient_hears_of_nobody_they_mute_or_are_blocked_with(bool muting, bool blocking, bool blockedBy, bool admitted)
    {
        Assert.Equal(admitted, ActivityRules.Admits(Ana, Bob, new Relationship(true, true, blocking, blockedBy, muting)));
    }

    [Fact]
    public void A_cause_is_refused_only_when_a_block_either_way_was_in_force_when_it_happened()
    {
        var blocked = new BlockState(Ana, Bob, true, Noon);
        Assert.True(ActivityRules.BlockedWhen(blocked, null, Noon));
        Assert.True(ActivityRules.BlockedWhen(null, blocked with { BlockerId = Bob, BlockedId = Ana }, Noon.AddMinutes(1)));
        // Before the block: the block's own retraction and the undo events take it back.
        Assert.False(ActivityRules.BlockedWhen(blocked, null, Noon.AddMinutes(-1)));
        Assert.False(ActivityRules.BlockedWhen(blocked with { Blocked = false }, null, Noon.AddMinutes(1)));
        Assert.False(ActivityRules.BlockedWhen(null, null, Noon));
    }

    [Fact]
    public void Nobody_hears_of_their_own_actions()
    {
        Assert.False(ActivityRules.Admits(Ana, Ana, Relationship.None));
    }

    [Fact]
    public void A_joining_actor_moves_the_entry_up_makes_it_unseen_and_counts_one_more()
    {
        var first = ActivityRules.Joined(null, Like(Bob, Noon), "g", Guid.CreateVersion7(), [Bob]);
        Assert.Equal((1L, false, first.Position), (first.ActorCount, first.Seen, first.ActivityId));
        Assert.Equal(1, ActivityRules.UnseenDelta(null, first));

        var seen = first with { Seen = true };
        var position = Guid.CreateVersion7();
        var second = ActivityRules.Joined(seen, Like(Cy, Noon.AddMinutes(5)), "g", position, [Cy, Bob]);
        Assert.Equal((first.ActivityId, position, 2L, false), (second.ActivityId, second.Position, second.ActorCount, second.Seen));
        Assert.Equal([Cy, Bob], second.Actors);
        Assert.Equal(Noon.AddMinutes(5), second.CreatedAt);
        Assert.Equal(1, ActivityRules.UnseenDelta(seen, second));
        Assert.Equal(0, ActivityRules.UnseenDelta(first, second));
    }

    [Fact]
    public void A_leaving_actor_counts_one_less_keeps_the_place_and_the_last_one_takes_the_entry_and_its_badge()
    {
        var entry = new ActivityEntry(Ana, Guid.CreateVersion7(), "g", ActivityTypes.Like, Guid.CreateVersion7(), Noon, 2, [Cy, Bob], false, Item);
        var left = ActivityRules.Left(entry, [Bob])!;
        Assert.Equal((1L, entry.Position, false), (left.ActorCount, left.Position, left.Seen));
        Assert.Equal(0, ActivityRules.UnseenDelta(entry, left));

        Assert.Null(ActivityRules.Left(left, []));
        Assert.Equal(-1, ActivityRules.UnseenDelta(left, null));
        Assert.Equal(0, ActivityRules.UnseenDelta(left with { Seen = true }, null));
    }

    [Fact]
    public void A_reader_is_not_shown_actors_muted_since_and_an_entry_whose_shown_actors_are_all_muted_is_left_out()
    {
        var entry = new ActivityEntry(Ana, Guid.CreateVersion7(), "g", ActivityTypes.Like, Guid.CreateVersion7(), Noon, 15, [Cy, Bob], false, Item);

        var all = ActivityRules.Visible(entry, new HashSet<Guid>())!;
        Assert.Equal([Cy, Bob], all.Actors);
        Assert.Equal(15, all.ActorCount);
        var without = ActivityRules.Visible(entry, new HashSet<Guid> { Bob })!;
        Assert.Equal([Cy], without.Actors);
        Assert.Equal(14, without.ActorCount);
        Assert.Null(ActivityRules.Visible(entry, new HashSet<Guid> { Bob, Cy }));
    }

    [Fact]
    public void Only_a_story_reply_in_the_owners_inbox_reaches_the_activity_inbox()
    {
        var owner = new MemberRecord(Guid.CreateVersion7(), Ana, false, Folders.Inbox, false, 0, 0, Noon, Noon);
        Assert.True(ActivityRules.ReachesInbox(owner));
        Assert.False(ActivityRules.ReachesInbox(owner with { Folder = Folders.Requests }));
        Assert.False(ActivityRules.ReachesInbox(owner with { Folder = Folders.Declined }));
        Assert.False(ActivityRules.ReachesInbox(owner with { Locked = true }));
        Assert.False(ActivityRules.ReachesInbox(null));
    }

    [Fact]
    public void Badges_count_unread_messages_of_unmuted_inbox_conversations_and_each_waiting_request()
    {
        var inbox = new MemberRecord(Guid.CreateVersion7(), Ana, false, Folders.Inbox, false, 0, 7, Noon, Noon);
        Assert.Equal((7L, 0L), BadgeRules.Contribution(inbox));
        Assert.Equal((0L, 0L), BadgeRules.Contribution(inbox with { Muted = true }));
        Assert.Equal((0L, 0L), BadgeRules.Contribution(inbox with { Locked = true }));
        Assert.Equal((0L, 1L), BadgeRules.Contribution(inbox with { Folder = Folders.Requests }));
        Assert.Equal((0L, 0L), BadgeRules.Contribution(inbox with { Folder = Folders.Declined }));
        Assert.Equal((0L, 0L), BadgeRules.Contribution(null));

        // Accepting a request with 7 unread: one request fewer, seven unread more; reading them all: seven fewer.
        Assert.Equal((7L, -1L), BadgeRules.Difference(inbox with { Folder = Folders.Requests }, inbox));
        Assert.Equal((-7L, 0L), BadgeRules.Difference(inbox, inbox with { UnreadCount = 0 }));
        Assert.Equal((-7L, 0L), BadgeRules.Difference(inbox, null));
        Assert.Equal(new Badges(0, 0, 2), BadgeRules.Shown(new Badges(-1, 0, 2)));
    }

    [Fact]
    public void Each_undo_event_names_the_same_cause_as_the_event_it_undoes()
    {
        Assert.Equal(Keys(ActivityEvents.Of(new UserFollowed { FollowerId = Bob, FolloweeId = Ana, At = Noon })),
            Keys(ActivityEvents.Of(new UserUnfollowed { FollowerId = Bob, FolloweeId = Ana, Reason = FollowEndReasons.Unfollowed, At = Noon })));
        Assert.Equal(Keys(ActivityEvents.Of(new FollowRequested { RequesterId = Bob, TargetId = Ana, At = Noon })),
            Keys(ActivityEvents.Of(new FollowRequestWithdrawn { RequesterId = Bob, TargetId = Ana, Reason = FollowEndReasons.Cancelled, At = Noon })));
        Assert.Equal(Keys(ActivityEvents.Of(new ContentLiked { ContentId = Item, OwnerId = Ana, UserId = Bob, At = Noon })),
            Keys(ActivityEvents.Of(new ContentUnliked { ContentId = Item, OwnerId = Ana, UserId = Bob, Reason = LikeEndReasons.Unliked, At = Noon })));
        Assert.Equal(Keys(ActivityEvents.Of(new UserTagged { ContentId = Item, OwnerId = Ana, UserId = Bob, At = Noon })),
            Keys(ActivityEvents.Of(new TagRemoved { ContentId = Item, OwnerId = Ana, UserId = Bob, Reason = "removed", At = Noon })));
        var comment = Guid.CreateVersion7();
        Assert.Equal(Keys(ActivityEvents.Of(new CommentLiked { CommentId = comment, ContentId = Item, AuthorId = Ana, UserId = Bob, At = Noon })),
            Keys(ActivityEvents.Of(new CommentUnliked { CommentId = comment, ContentId = Item, AuthorId = Ana, UserId = Bob, Reason = LikeEndReasons.Unliked, At = Noon })));
        Assert.All(ActivityEvents.Of(new UserUnfollowed { FollowerId = Bob, FolloweeId = Ana, Reason = FollowEndReasons.Unfollowed, At = Noon }), c => Assert.False(c.Present));
    }

    [Fact]
    public void An_accepted_request_leaves_the_targets_inbox_and_tells_only_the_requester()
    {
        var causes = ActivityEvents.Of(new FollowRequestAccepted { RequesterId = Bob, TargetId = Ana, At = Noon });
        Assert.Equal(
            [(ActivityTypes.FollowRequest, Ana, Bob, false), (ActivityTypes.FollowAccepted, Bob, Ana, true)],
            causes.Select(c => (c.Type, c.RecipientId, c.ActorId, c.Present)));
    }

    [Fact]
    public void A_reply_tells_the_author_it_answers_and_the_owner_once_each()
    {
        var comment = Guid.CreateVersion7();
        var reply = new CommentPosted { CommentId = comment, ContentId = Item, OwnerId = Ana, AuthorId = Cy, ReplyTo = Guid.CreateVersion7(), ReplyToAuthorId = Bob, At = Noon };
        Assert.Equal([(ActivityTypes.Reply, Bob), (ActivityTypes.Comment, Ana)], ActivityEvents.Of(reply).Select(c => (c.Type, c.RecipientId)));
        Assert.Equal([(ActivityTypes.Reply, Ana)], ActivityEvents.Of(reply with { ReplyToAuthorId = Ana }).Select(c => (c.Type, c.RecipientId)));
        Assert.Equal([(ActivityTypes.Comment, Ana)], ActivityEvents.Of(reply with { ReplyTo = null, ReplyToAuthorId = null }).Select(c => (c.Type, c.RecipientId)));
    }

    private static ActivityCause Like(Guid liker, DateTimeOffset at) => new(ActivityTypes.Like, Ana, liker, Item, true, at, Item);

    private static ActivityActor Stored(ActivityCause cause) => new(cause.Key, cause.Present, cause.At, cause.Present ? "g" : null, cause.At, cause.ContentId, cause.CommentId);

    private static IEnumerable<ActivityKey> Keys(IEnumerable<ActivityCause> causes) => causes.Select(c => c.Key);
}
