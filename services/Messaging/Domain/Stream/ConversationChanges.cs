namespace Social.Messaging.Domain.Stream;

/// <summary>What a <c>conversation</c> stream event says happened.</summary>
public static class ConversationChanges
{
    public const string Created = "created";

    public const string MemberAdded = "member_added";

    public const string MemberRemoved = "member_removed";

    public const string AdminAdded = "admin_added";

    public const string AdminRemoved = "admin_removed";

    /// <summary>I moved a message request to my inbox (my own devices only).</summary>
    public const string Accepted = "accepted";

    /// <summary>I declined a message request (my own devices only: the sender is never told).</summary>
    public const string Declined = "declined";

    /// <summary>Of a reaction event: the reaction was added, or taken back.</summary>
    public const string ReactionAdded = "added";

    public const string ReactionRemoved = "removed";
}
