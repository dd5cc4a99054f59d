namespace Social.Messaging.Domain.Activity;

/// <summary>The <c>type</c> of an activity entry (api.md, "Activity inbox and badges").</summary>
public static class ActivityTypes
{
    public const string Follow = "follow";

    public const string FollowRequest = "follow_request";

    public const string FollowAccepted = "follow_accepted";

    public const string Like = "like";

    public const string Comment = "comment";

    public const string Reply = "reply";

    public const string Mention = "mention";

    public const string Tag = "tag";

    public const string CommentLike = "comment_like";

    public const string StoryReply = "story_reply";
}
