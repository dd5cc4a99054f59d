namespace Social.Messaging.Domain.Conversations;

/// <summary>A place in a member's conversation list: its activity time, then the conversation id for ties.</summary>
public sealed record ActivityPosition(DateTimeOffset At, Guid ConversationId);
