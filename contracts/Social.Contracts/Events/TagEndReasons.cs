namespace Social.Contracts.Events;

/// <summary>Why a tag ended, as <see cref="TagRemoved.Reason"/> says.</summary>
public static class TagEndReasons
{
    public const string RemovedByOwner = "removed_by_owner";

    /// <summary>The tagged user removed their own tag.</summary>
    public const string RemovedByUser = "removed_by_user";

    /// <summary>The owner and the tagged user are blocked either way.</summary>
    public const string Blocked = "blocked";

    /// <summary>The tagged user's account was deleted.</summary>
    public const string AccountDeleted = "account_deleted";
}
