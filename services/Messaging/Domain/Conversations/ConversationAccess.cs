using Social.Messaging.Storage;
using Social.Relationships;

namespace Social.Messaging.Domain.Conversations;

/// <summary>
/// The first step of every call on a conversation: the conversation and the caller's row in it, and for a 1:1 the
/// caller's relationship with the other member, asked of Graph now (so a block hides the conversation at once, before
/// its event arrives). Null when the conversation does not exist for the caller (<see cref="ConversationRules.Hides"/>).
/// </summary>
public sealed class ConversationAccess(IMessagingStore store, GraphRelationships relationships)
{
    public async Task<ConversationFacts?> ForMemberAsync(Guid userId, Guid conversationId, CancellationToken cancellationToken)
    {
        if (await store.FindConversationAsync(conversationId, cancellationToken) is not { } conversation
            || await store.FindMemberAsync(conversationId, userId, cancellationToken) is not { } me)
        {
            return null;
        }

        Relationship? withOther = conversation.OtherOf(userId) is { } other ? await relationships.WithAsync(userId, other, cancellationToken) : null;
        return ConversationRules.Hides(conversation, me, withOther) ? null : new ConversationFacts(conversation, me, withOther);
    }
}
