using Social.Relationships;

namespace Social.Messaging.Domain.Conversations;

/// <summary>A conversation with the caller's own row in it and, for a 1:1, their relationship with the other member as Graph answers now.</summary>
public sealed record ConversationFacts(ConversationRecord Conversation, MemberRecord Me, Relationship? WithOther);
