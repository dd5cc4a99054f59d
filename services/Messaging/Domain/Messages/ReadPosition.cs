namespace Social.Messaging.Domain.Messages;

/// <summary>A member's read position in a conversation after marking it read, and what is still unread.</summary>
public sealed record ReadPosition(Guid ConversationId, long ReadUpToSeq, long UnreadCount);
