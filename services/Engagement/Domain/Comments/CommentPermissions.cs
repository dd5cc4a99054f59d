using Social.Contracts.Settings;
using Social.Engagement.Domain.Access;
using Social.Engagement.Domain.Content;
using Social.KnownUsers;
using Social.Relationships;

namespace Social.Engagement.Domain.Comments;

/// <summary>
/// Who may comment, mention, change and pin, in one place. Commenting needs the content to be visible to the author
/// (<see cref="ContentAccess"/>), comments on for the item, and the owner's <c>whoCanComment</c> to admit the author
/// (the owner always may). Mentions are <see cref="Mentions.MentionRules"/>'.
/// </summary>
public static class CommentPermissions
{
    public static CommentDecision MayComment(ViewerFacts author, ContentRecord content, UserSettings ownerSettings)
    {
        var seen = MaySee(author, content);
        if (seen != CommentDecision.Allowed)
        {
            return seen;
        }

        if (!content.CommentsEnabled)
        {
            return CommentDecision.CommentsDisabled;
        }

        var relationship = author.Relationship;
        return author.IsOwner || Audiences.Admits(ownerSettings.WhoCanComment, relationship.Following, relationship.FollowedBy)
            ? CommentDecision.Allowed
            : CommentDecision.Restricted;
    }

    /// <summary>Whether the viewer may see the content the comment is on (and so the comment, unless its author is hidden from them).</summary>
    public static CommentDecision MaySee(ViewerFacts viewer, ContentRecord content) =>
        ContentAccess.Decide(viewer, content.Audience) switch
        {
            AccessDecision.Visible => CommentDecision.Allowed,
            AccessDecision.PrivateAccount => CommentDecision.PrivateAccount,
            _ => CommentDecision.NotFound,
        };

    /// <summary>A comment by someone blocked either way with the viewer does not exist for them.</summary>
    public static bool Hides(Relationship? withAuthor) => withAuthor?.BlockedEitherWay == true;

    /// <summary>The author edits; anyone else who can see the comment is refused.</summary>
    public static bool MayEdit(Guid actorId, CommentRecord comment) => actorId == comment.AuthorId;

    /// <summary>The author, or the owner of the content it is on, deletes.</summary>
    public static bool MayDelete(Guid actorId, CommentRecord comment) => actorId == comment.AuthorId || actorId == comment.OwnerId;

    /// <summary>The owner pins a top-level comment that is still there.</summary>
    public static bool MayBePinned(CommentRecord comment, Guid contentId) => comment.ContentId == contentId && !comment.IsReply && !comment.Deleted;
}
