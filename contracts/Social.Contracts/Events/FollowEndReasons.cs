namespace Social.Contracts.Events;

/// <summary>Why a follow edge or a follow request ended.</summary>
public static class FollowEndReasons
{
    public const string Unfollowed = "unfollowed";
    public const string Removed = "removed";
    public const string Blocked = "blocked";
    public const string Cancelled = "cancelled";
    public const string Declined = "declined";
}
