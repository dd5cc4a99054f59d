namespace Social.Engagement.Domain.Comments;

/// <summary>Whether a user may comment, reply, edit, delete or pin, and if not, what they are told.</summary>
public enum CommentDecision
{
    Allowed,

    /// <summary>The content or comment does not exist for the caller (blocked either way, or an audience that leaves them out).</summary>
    NotFound,

    /// <summary>The owner is private and the caller is not an approved follower.</summary>
    PrivateAccount,

    /// <summary>The owner turned comments off on this item.</summary>
    CommentsDisabled,

    /// <summary>The owner's <c>whoCanComment</c> leaves the caller out.</summary>
    Restricted,

    /// <summary>The caller may see it but it is not theirs to change (edit: author only; pin: owner only; delete: author or owner).</summary>
    NotYours,
}
