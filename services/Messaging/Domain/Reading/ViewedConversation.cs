using Social.Messaging.Domain.Conversations;

namespace Social.Messaging.Domain.Reading;

/// <summary>A conversation as one member sees it: their own row, everyone in it with their handles, and the newest message they may see.</summary>
public sealed record ViewedConversation(
    ConversationRecord Conversation,
    MemberRecord Me,
    IReadOnlyList<MemberRecord> Members,
    IReadOnlyDictionary<Guid, string> Handles,
    ViewedMessage? LastMessage);
