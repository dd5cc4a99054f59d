namespace Social.Contracts.Events;

/// <summary>Why a comment ended, as <see cref="CommentDeleted.Reason"/> says.</summary>
public static class CommentEndReasons
{
    public const string DeletedByAuthor = "deleted_by_author";

    public const string DeletedByOwner = "deleted_by_owner";

    /// <summary>The content's owner blocked the author.</summary>
    public const string Blocked = "blocked";

    /// <summary>The author's account was deleted.</summary>
    public const string AccountDeleted = "account_deleted";
}
