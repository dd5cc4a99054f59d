namespace Social.Messaging.Domain.Messages;

/// <summary>A page of a message's earlier texts, newest first, and the edit after which the next page starts.</summary>
public sealed record MessageEditPage(IReadOnlyList<MessageEdit> Items, Guid? Next);
