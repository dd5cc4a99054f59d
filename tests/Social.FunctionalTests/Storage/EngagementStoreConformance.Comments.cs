using Social.Contracts.Events;
using Social.Contracts.Settings;
using Social.Engagement.Domain.Comments;
using Social.KnownUsers;

namespace Social.FunctionalTests.Storage;

/// <summary>Comments: threads, who may comment, mentions, edits, deletion, likes and pins, on every adapter.</summary>
public abstract partial class EngagementStoreConformance
{
    [Fact]
    public async Task Comments_list_newest_first_replies_join_one_thread_oldest_first_and_the_counts_follow()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var item = await NewContentAsync(ana);

        var first = await CommentAsync(bob, item, "first");
        var second = await CommentAsync(ana, item, "second");
        var reply = await CommentAsync(ana, item, "a reply", replyTo: first);
        var replyToReply = await CommentAsync(bob, item, "joins the thread", replyTo: reply);

        Assert.Equal([second, first], await TopLevelAsync(bob, item));
        var replies = (await Engagement.CommentReads.RepliesAsync(bob, first, null, 10, Cancellation)).Page!.Items;
        Assert.Equal([reply, replyToReply], replies.Select(r => r.Comment.CommentId));
        Assert.All(replies, r => Assert.Equal(first, r.Comment.ThreadId));
        Assert.Equal(2, (await Engagement.Adapter.FindCommentAsync(first, Cancellation))!.ReplyCount);
        Assert.Equal(4, (await Engagement.Adapter.FindContentAsync(item, Cancellation))!.CommentsCount);
        var posted = (await Engagement.EventsAsync()).OfType<CommentPosted>().ToList();
        Assert.Equal(4, posted.Count);
        Assert.Contains(posted, e => e.CommentId == replyToReply && e.ReplyTo == first && e.ReplyToAuthorId == ana && e.OwnerId == ana);
    }

    [Fact]
    public async Task Who_may_comment_follows_visibility_comments_enabled_and_the_owners_setting_and_a_refusal_writes_nothing()
    {
        var ana = await NewUserAsync();
        var stranger = await NewUserAsync();
        var follower = await NewUserAsync();
        var blocked = await NewUserAsync();
        Engagement.Relationships.Follow(follower, ana);
        Engagement.Relationships.Block(ana, blocked);
        var item = await NewContentAsync(ana);
        var closed = (await Engagement.Publishing.CreateAsync(ana, Draft() with { CommentsEnabled = false }, null, Cancellation)).Item!.Record.ContentId;

        Assert.Equal(CommentDecision.CommentsDisabled, await RefusalAsync(follower, closed));
        Assert.Equal(CommentDecision.NotFound, await RefusalAsync(blocked, item));
        Assert.Equal(CommentDecision.NotFound, await RefusalAsync(stranger, Guid.CreateVersion7()));
        await SetSettingsAsync(ana, s => s with { WhoCanComment = Audiences.Followers });
        Assert.Equal(CommentDecision.Restricted, await RefusalAsync(stranger, item));
        Assert.Equal(CommentDecision.Allowed, await RefusalAsync(follower, item));
        await SetSettingsAsync(ana, s => s with { WhoCanComment = Audiences.Nobody });
        Assert.Equal(CommentDecision.Restricted, await RefusalAsync(follower, item));
        Assert.Equal(CommentDecision.Allowed, await RefusalAsync(ana, item));
        await SetSettingsAsync(ana, s => s with { IsPrivate = true, WhoCanComment = Audiences.Everyone });
        Assert.Equal(CommentDecision.PrivateAccount, await RefusalAsync(stranger, item));

        Assert.Equal(2, (await Engagement.Adapter.FindContentAsync(item, Cancellation))!.CommentsCount);
        Assert.Equal(0, (await Engagement.Adapter.FindContentAsync(closed, Cancellation))!.CommentsCount);
        Assert.Equal(2, (await Engagement.EventsAsync()).OfType<CommentPosted>().Count());
    }

    [Fact]
    public async Task Invalid_text_writes_nothing_and_a_reply_must_be_to_a_comment_of_the_same_item()
    {
        var ana = await NewUserAsync();
        var item = await NewContentAsync(ana);
        var other = await NewContentAsync(ana);
        var onOther = await CommentAsync(ana, other, "elsewhere");

        Assert.Equal(["text"], (await Engagement.Commenting.PostAsync(ana, item, "   ", null, null, Cancellation)).Violations.Select(v => v.Field));
        Assert.Equal(["text"], (await Engagement.Commenting.PostAsync(ana, item, new string('x', 2201), null, null, Cancellation)).Violations.Select(v => v.Field));
        Assert.Equal(["text"], (await Engagement.Commenting.PostAsync(ana, item, null, null, null, Cancellation)).Violations.Select(v => v.Field));
        Assert.Equal(CommentDecision.NotFound, (await Engagement.Commenting.PostAsync(ana, item, "hi", onOther, null, Cancellation)).Decision);
        Assert.Equal(CommentDecision.NotFound, (await Engagement.Commenting.PostAsync(ana, item, "hi", Guid.CreateVersion7(), null, Cancellation)).Decision);

        Assert.Equal(0, (await Engagement.Adapter.FindContentAsync(item, Cancellation))!.CommentsCount);
        Assert.Empty(await TopLevelAsync(ana, item));
    }

    [Fact]
    public async Task A_retried_comment_with_its_idempotency_key_is_posted_once()
    {
        var ana = await NewUserAsync();
        var item = await NewContentAsync(ana);

        var first = await Engagement.Commenting.PostAsync(ana, item, "once", null, "c-1", Cancellation);
        var retry = await Engagement.Commenting.PostAsync(ana, item, "once", null, "c-1", Cancellation);
        var reused = await Engagement.Commenting.PostAsync(ana, item, "twice", null, "c-1", Cancellation);

        Assert.True(first.Created);
        Assert.Equal((false, first.Comment!.CommentId), (retry.Created, retry.Comment!.CommentId));
        Assert.True(reused.KeyReused);
        Assert.Equal(1, (await Engagement.Adapter.FindContentAsync(item, Cancellation))!.CommentsCount);
    }

    [Fact]
    public async Task Mentions_link_only_users_whose_setting_admits_the_author_and_notify_only_them()
    {
        var ana = await NewUserAsync();
        var open = await NewUserAsync();
        var closed = await NewUserAsync();
        var blocker = await NewUserAsync();
        await SetSettingsAsync(closed, s => s with { WhoCanMention = Audiences.Nobody });
        Engagement.Relationships.Block(blocker, ana);
        var item = await NewContentAsync(ana);
        var text = $"hey @{Handle(open)}, @{Handle(closed)} and @{Handle(blocker)}. Also @{Handle(ana)} and @nobody_here and mail@{Handle(open)}";

        var comment = await Engagement.Adapter.FindCommentAsync(await CommentAsync(ana, item, text), Cancellation);

        var linked = Assert.Single(comment!.Mentions, m => m.UserId != ana);
        Assert.Equal((open, Handle(open)), (linked.UserId, linked.Handle));
        Assert.Equal("@" + Handle(open), text.Substring(linked.Start, linked.Length));
        Assert.Contains(comment.Mentions, m => m.UserId == ana);
        Assert.Equal([open], (await Engagement.EventsAsync()).OfType<UserMentioned>().Select(e => e.MentionedId));
    }

    [Fact]
    public async Task Only_the_author_edits_the_old_text_goes_to_the_history_and_a_new_mention_notifies()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var item = await NewContentAsync(ana);
        var id = await CommentAsync(bob, item, "first draft");

        Assert.Equal(CommentDecision.NotYours, (await Engagement.Commenting.EditAsync(ana, id, "owner rewrites", Cancellation)).Decision);
        var edited = await Engagement.Commenting.EditAsync(bob, id, "second draft", Cancellation);
        await Engagement.Commenting.EditAsync(bob, id, $"final, cc @{Handle(ana)}", Cancellation);
        Assert.Equal(["text"], (await Engagement.Commenting.EditAsync(bob, id, "", Cancellation)).Violations.Select(v => v.Field));

        var stored = await Engagement.Adapter.FindCommentAsync(id, Cancellation);
        Assert.Equal($"final, cc @{Handle(ana)}", stored!.Text);
        Assert.NotNull(stored.EditedAt);
        Assert.Equal("second draft", edited.Comment!.Text);
        var history = (await Engagement.CommentReads.EditsAsync(ana, id, null, 10, Cancellation)).Page!.Items;
        Assert.Equal(["second draft", "first draft"], history.Select(e => e.Text));
        Assert.Equal([ana], (await Engagement.EventsAsync()).OfType<UserMentioned>().Select(e => e.MentionedId));
    }

    [Fact]
    public async Task The_author_or_the_owner_deletes_a_comment_with_replies_stays_as_deleted_until_its_last_reply_goes()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var carl = await NewUserAsync();
        var item = await NewContentAsync(ana);
        var root = await CommentAsync(bob, item, "root");
        var reply = await CommentAsync(carl, item, "reply", replyTo: root);
        var lone = await CommentAsync(carl, item, "lone");

        Assert.Equal(CommentDecision.NotYours, await Engagement.Commenting.DeleteAsync(carl, root, Cancellation));
        Assert.Equal(CommentDecision.Allowed, await Engagement.Commenting.DeleteAsync(bob, root, Cancellation));
        Assert.Equal(CommentDecision.Allowed, await Engagement.Commenting.DeleteAsync(ana, lone, Cancellation));
        Assert.Equal(CommentDecision.Allowed, await Engagement.Commenting.DeleteAsync(ana, lone, Cancellation));

        var top = (await Engagement.CommentReads.ListAsync(carl, item, null, 10, Cancellation)).Page!.Items;
        var kept = Assert.Single(top);
        Assert.Equal((root, true, "", (long)1), (kept.Comment.CommentId, kept.Comment.Deleted, kept.Comment.Text, kept.Comment.ReplyCount));
        Assert.Null(kept.Author);
        Assert.Equal(1, (await Engagement.Adapter.FindContentAsync(item, Cancellation))!.CommentsCount);
        Assert.Equal(CommentDecision.NotFound, (await Engagement.Commenting.PostAsync(carl, item, "to a deleted one", root, null, Cancellation)).Decision);

        Assert.Equal(CommentDecision.Allowed, await Engagement.Commenting.DeleteAsync(carl, reply, Cancellation));
        Assert.Null(await Engagement.Adapter.FindCommentAsync(root, Cancellation));
        Assert.Equal(0, (await Engagement.Adapter.FindContentAsync(item, Cancellation))!.CommentsCount);
        var deleted = (await Engagement.EventsAsync()).OfType<CommentDeleted>().ToList();
        Assert.Equal(
            [(root, CommentEndReasons.DeletedByAuthor), (lone, CommentEndReasons.DeletedByOwner), (reply, CommentEndReasons.DeletedByAuthor)],
            deleted.Select(e => (e.CommentId, e.Reason)));
    }

    [Fact]
    public async Task A_comment_like_is_one_per_user_and_a_hidden_comment_cannot_be_liked()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var carl = await NewUserAsync();
        var item = await NewContentAsync(ana);
        var bobs = await CommentAsync(bob, item, "like me");
        Engagement.Relationships.Block(bob, carl);

        Assert.Equal((true, 1L), LikeOf(await Engagement.Commenting.LikeAsync(ana, bobs, Cancellation)));
        Assert.Equal((true, 1L), LikeOf(await Engagement.Commenting.LikeAsync(ana, bobs, Cancellation)));
        Assert.Equal(CommentDecision.NotFound, (await Engagement.Commenting.LikeAsync(carl, bobs, Cancellation)).Decision);
        Assert.Equal((false, 0L), LikeOf(await Engagement.Commenting.UnlikeAsync(ana, bobs, Cancellation)));
        Assert.Equal((true, 1L), LikeOf(await Engagement.Commenting.LikeAsync(ana, bobs, Cancellation)));

        var seen = (await Engagement.CommentReads.ListAsync(ana, item, null, 10, Cancellation)).Page!.Items.Single();
        Assert.True(seen.ViewerHasLiked);
        Assert.Equal(1, seen.Comment.LikesCount);
        // Carl does not see the comment of someone who blocks him.
        Assert.Empty((await Engagement.CommentReads.ListAsync(carl, item, null, 10, Cancellation)).Page!.Items);
        Assert.Equal(2, (await Engagement.EventsAsync()).OfType<CommentLiked>().Count());
    }

    [Fact]
    public async Task The_owner_pins_one_top_level_comment_first_and_deleting_it_unpins_it()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var item = await NewContentAsync(ana);
        var old = await CommentAsync(bob, item, "old");
        var reply = await CommentAsync(bob, item, "reply", replyTo: old);
        var recent = await CommentAsync(bob, item, "recent");

        Assert.Equal(CommentDecision.NotYours, await Engagement.Commenting.PinAsync(bob, item, old, pin: true, Cancellation));
        Assert.Equal(CommentDecision.NotFound, await Engagement.Commenting.PinAsync(ana, item, reply, pin: true, Cancellation));
        Assert.Equal(CommentDecision.Allowed, await Engagement.Commenting.PinAsync(ana, item, old, pin: true, Cancellation));

        var page = (await Engagement.CommentReads.ListAsync(bob, item, null, 10, Cancellation)).Page!.Items;
        Assert.Equal([(old, true), (recent, false)], page.Select(c => (c.Comment.CommentId, c.Pinned)));

        await Engagement.Commenting.DeleteAsync(bob, old, Cancellation);
        Assert.Null((await Engagement.Adapter.FindContentAsync(item, Cancellation))!.Record.PinnedCommentId);
        Assert.Equal(CommentDecision.Allowed, await Engagement.Commenting.PinAsync(ana, item, recent, pin: true, Cancellation));
        Assert.Equal(CommentDecision.Allowed, await Engagement.Commenting.PinAsync(ana, item, recent, pin: false, Cancellation));
        Assert.Null((await Engagement.Adapter.FindContentAsync(item, Cancellation))!.Record.PinnedCommentId);
    }

    [Fact]
    public async Task A_block_and_a_deleted_account_take_comments_and_comment_likes_and_fix_every_count()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var carl = await NewUserAsync();
        var anas = await NewContentAsync(ana);
        var carls = await NewContentAsync(carl);
        var bobOnAna = await CommentAsync(bob, anas, "on ana's");
        var carlReplies = await CommentAsync(carl, anas, "carl answers", replyTo: bobOnAna);
        var bobOnCarl = await CommentAsync(bob, carls, "on carl's");
        var carlOnCarl = await CommentAsync(carl, carls, "carl's own");
        await Engagement.Commenting.LikeAsync(bob, carlOnCarl, Cancellation);
        await Engagement.Commenting.LikeAsync(bob, carlReplies, Cancellation);

        await Engagement.Blocks.BlockedAsync(new UserBlocked { BlockerId = ana, BlockedId = bob, At = Clock.GetUtcNow() }, Receipt(), Cancellation);

        // Bob's comment on Ana's content stays as deleted, holding Carl's reply, and his like leaves that reply; his
        // comment and his like on Carl's content are untouched.
        Assert.True((await Engagement.Adapter.FindCommentAsync(bobOnAna, Cancellation))!.Deleted);
        Assert.Equal(0, (await Engagement.Adapter.FindCommentAsync(carlReplies, Cancellation))!.LikesCount);
        Assert.Empty(await Engagement.Adapter.CommentsLikedAsync(bob, [carlReplies], Cancellation));
        Assert.Contains((await Engagement.EventsAsync()).OfType<CommentUnliked>(), e => e.CommentId == carlReplies && e.Reason == LikeEndReasons.Blocked);
        Assert.Equal(1, (await Engagement.Adapter.FindCommentAsync(carlOnCarl, Cancellation))!.LikesCount);
        Assert.Equal(1, (await Engagement.Adapter.FindContentAsync(anas, Cancellation))!.CommentsCount);
        Assert.False((await Engagement.Adapter.FindCommentAsync(bobOnCarl, Cancellation))!.Deleted);

        await Engagement.Users.RemoveAsync(bob, Receipt(), Cancellation);

        Assert.Null(await Engagement.Adapter.FindCommentAsync(bobOnCarl, Cancellation));
        Assert.Equal(1, (await Engagement.Adapter.FindContentAsync(carls, Cancellation))!.CommentsCount);
        Assert.Equal(0, (await Engagement.Adapter.FindCommentAsync(carlOnCarl, Cancellation))!.LikesCount);
        Assert.Contains((await Engagement.EventsAsync()).OfType<CommentUnliked>(), e => e.UserId == bob && e.Reason == LikeEndReasons.AccountDeleted);

        await Engagement.Users.RemoveAsync(carl, Receipt(), Cancellation);

        Assert.Null(await Engagement.Adapter.FindCommentAsync(carlReplies, Cancellation));
        Assert.Null(await Engagement.Adapter.FindCommentAsync(bobOnAna, Cancellation));
        Assert.Equal(0, (await Engagement.Adapter.FindContentAsync(anas, Cancellation))!.CommentsCount);
        Assert.Null(await Engagement.Adapter.FindContentAsync(carls, Cancellation));
    }

    private static (bool Liked, long Count) LikeOf((CommentDecision Decision, Social.Engagement.Domain.Likes.LikeOutcome Outcome) result)
    {
        Assert.Equal(CommentDecision.Allowed, result.Decision);
        return (result.Outcome.Liked, result.Outcome.LikesCount);
    }

    private static string Handle(Guid userId) => FakeProfiles.HandleOf(userId);

    private async Task<Guid> CommentAsync(Guid author, Guid item, string text, Guid? replyTo = null)
    {
        var result = await Engagement.Commenting.PostAsync(author, item, text, replyTo, null, Cancellation);
        Assert.Equal(CommentDecision.Allowed, result.Decision);
        return result.Comment!.CommentId;
    }

    /// <summary>Posts a comment and tells whether it was allowed (or why not).</summary>
    private async Task<CommentDecision> RefusalAsync(Guid author, Guid item) =>
        (await Engagement.Commenting.PostAsync(author, item, "hello", null, null, Cancellation)).Decision;

    private async Task<List<Guid>> TopLevelAsync(Guid viewer, Guid item) =>
        [.. (await Engagement.CommentReads.ListAsync(viewer, item, null, 100, Cancellation)).Page!.Items.Select(c => c.Comment.CommentId)];

    private async Task SetSettingsAsync(Guid user, Func<UserSettings, UserSettings> change)
    {
        var stored = await Engagement.Adapter.GetSettingsAsync(user, Cancellation);
        await Engagement.Users.ApplySettingsAsync(change(stored) with { ChangedAt = Clock.GetUtcNow() }, Receipt(), Cancellation);
    }
}
