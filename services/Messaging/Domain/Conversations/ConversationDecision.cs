namespace Social.Messaging.Domain.Conversations;

/// <summary>Whether a user may do something to a conversation, and if not, what they are told.</summary>
public enum ConversationDecision
{
    Allowed,

    /// <summary>Not a member, blocked either way with the other of a 1:1, or no such conversation, user or message.</summary>
    NotFound,

    /// <summary>A member who is not an admin tried to manage the group.</summary>
    NotAdmin,

    /// <summary>A member tried to change someone else's message.</summary>
    NotYours,

    /// <summary>Members and admins are a group's; a 1:1 cannot be left or managed.</summary>
    NotAGroup,

    /// <summary>The group already has the most members it may.</summary>
    TooManyMembers,

    /// <summary>The only admin cannot give up the role; another admin must be named first.</summary>
    LastAdmin,

    /// <summary>Only a message request can be declined.</summary>
    NotARequest,
}
