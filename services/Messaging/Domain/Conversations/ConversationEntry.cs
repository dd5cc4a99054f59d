namespace Social.Messaging.Domain.Conversations;

/// <summary>One conversation of a member's list: their own row beside the conversation.</summary>
public sealed record ConversationEntry(MemberRecord Me, ConversationRecord Conversation);
