namespace Social.Contracts.Events;

/// <summary>Why a like ended, as <see cref="ContentUnliked.Reason"/> says.</summary>
public static class LikeEndReasons
{
    public const string Unliked = "unliked";

    /// <summary>The content's owner blocked the liker.</summary>
    public const string Blocked = "blocked";

    /// <summary>The liker's account was deleted.</summary>
    public const string AccountDeleted = "account_deleted";
}
