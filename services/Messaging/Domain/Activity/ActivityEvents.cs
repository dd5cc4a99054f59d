using Social.Contracts.Events;

namespace Social.Messaging.Domain.Activity;

/// <summary>
/// Graph's, Engagement's and Story's events as the causes (and undos) they are for the activity inbox. Each undo names
/// the same (recipient, type, object, actor) as its cause, so it finds it, or waits for it as a marker.
/// </summary>
public static class ActivityEvents
{
    public static IReadOnlyList<ActivityCause> Of(UserFollowed e) => [new(ActivityTypes.Follow, e.FolloweeId, e.FollowerId, null, true, e.At)];

    /// <summary>Also covers <see cref="FollowerRemoved"/>, which Graph publishes beside this event for the same edge.</summary>
    public static IReadOnlyList<ActivityCause> Of(UserUnfollowed e) => [new(ActivityTypes.Follow, e.FolloweeId, e.FollowerId, null, false, e.At)];

    public static IReadOnlyList<ActivityCause> Of(FollowRequested e) => [new(ActivityTypes.FollowRequest, e.TargetId, e.RequesterId, null, true, e.At)];

    public static IReadOnlyList<ActivityCause> Of(FollowRequestWithdrawn e) => [new(ActivityTypes.FollowRequest, e.TargetId, e.RequesterId, null, false, e.At)];

    /// <summary>The request is answered, so it leaves the target's inbox (their new follower arrives as a follow); the requester hears of it.</summary>
    public static IReadOnlyList<ActivityCause> Of(FollowRequestAccepted e) =>
    [
        new(ActivityTypes.FollowRequest, e.TargetId, e.RequesterId, null, false, e.At),
        new(ActivityTypes.FollowAccepted, e.RequesterId, e.TargetId, null, true, e.At),
    ];

    public static IReadOnlyList<ActivityCause> Of(ContentLiked e) => [new(ActivityTypes.Like, e.OwnerId, e.UserId, e.ContentId, true, e.At, e.ContentId)];

    public static IReadOnlyList<ActivityCause> Of(ContentUnliked e) => [new(ActivityTypes.Like, e.OwnerId, e.UserId, e.ContentId, false, e.At, e.ContentId)];

    /// <summary>A comment tells the item's owner; a reply tells the author it answers, and the owner too when that is someone else.</summary>
    public static IReadOnlyList<ActivityCause> Of(CommentPosted e)
    {
        var comment = new ActivityCause(ActivityTypes.Comment, e.OwnerId, e.AuthorId, e.CommentId, true, e.At, e.ContentId, e.CommentId);
        if (e.ReplyToAuthorId is not { } answered)
        {
            return [comment];
        }

        var reply = comment with { Type = ActivityTypes.Reply, RecipientId = answered };
        return answered == e.OwnerId ? [reply] : [reply, comment];
    }

    public static IReadOnlyList<ActivityCause> Of(UserMentioned e) =>
        [new(ActivityTypes.Mention, e.MentionedId, e.AuthorId, e.CommentId ?? e.ContentId, true, e.At, e.ContentId, e.CommentId)];

    public static IReadOnlyList<ActivityCause> Of(UserTagged e) => [new(ActivityTypes.Tag, e.UserId, e.OwnerId, e.ContentId, true, e.At, e.ContentId)];

    public static IReadOnlyList<ActivityCause> Of(TagRemoved e) => [new(ActivityTypes.Tag, e.UserId, e.OwnerId, e.ContentId, false, e.At, e.ContentId)];

    public static IReadOnlyList<ActivityCause> Of(CommentLiked e) =>
        [new(ActivityTypes.CommentLike, e.AuthorId, e.UserId, e.CommentId, true, e.At, e.ContentId, e.CommentId)];

    public static IReadOnlyList<ActivityCause> Of(CommentUnliked e) =>
        [new(ActivityTypes.CommentLike, e.AuthorId, e.UserId, e.CommentId, false, e.At, e.ContentId, e.CommentId)];

    public static ActivityCause Of(StoryReplied e) =>
        new(ActivityTypes.StoryReply, e.OwnerId, e.ReplierId, e.MessageId, true, e.At, StoryId: e.StoryId, MessageId: e.MessageId);
}
