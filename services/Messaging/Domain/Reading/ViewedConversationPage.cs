using Social.Messaging.Domain.Conversations;

namespace Social.Messaging.Domain.Reading;

/// <summary>A page of a member's conversations as they see them, and where the next page starts.</summary>
public sealed record ViewedConversationPage(IReadOnlyList<ViewedConversation> Items, ActivityPosition? Next);
