namespace Social.Contracts.Events;

/// <summary>Why someone left a conversation (<see cref="ConversationMemberRemoved.Reason"/>).</summary>
public static class MemberEndReasons
{
    public const string Removed = "removed";
    public const string Left = "left";
    public const string AccountDeleted = "account_deleted";
}
