namespace Social.Messaging.Domain.Conversations;

/// <summary>A page of a member's conversations, most recent activity first, and where the next page starts.</summary>
public sealed record ConversationEntryPage(IReadOnlyList<ConversationEntry> Items, ActivityPosition? Next);
