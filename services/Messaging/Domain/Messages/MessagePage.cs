namespace Social.Messaging.Domain.Messages;

/// <summary>A page of a conversation's messages in seq order, and whether more lie beyond it in the direction read.</summary>
public sealed record MessagePage(IReadOnlyList<MessageRecord> Items, bool HasMore);
