using Social.Contracts.Events;
using Social.Relationships;
using Social.Messaging.Domain.Conversations;
using Social.Messaging.Storage;

namespace Social.Messaging.Domain.Stream;

/// <summary>
/// "I am typing": shown on the other members' open streams until <see cref="TypingRules.Lifetime"/> after the last
/// renewal. Never stored and never replayed; those who would not see the typist's messages do not see them typing.
/// </summary>
public sealed class Typing(IMessagingStore store, ConversationAccess access, GraphRelationships relationships, ITypingSignal signal, TimeProvider clock)
{
    /// <summary>When the indicator goes out unless renewed; null when the conversation does not exist for the typist.</summary>
    public async Task<DateTimeOffset?> StartAsync(Guid typistId, Guid conversationId, CancellationToken cancellationToken)
    {
        if (await access.ForMemberAsync(typistId, conversationId, cancellationToken) is not { } facts)
        {
            return null;
        }

        var members = (await store.MembersOfAsync([conversationId], cancellationToken)).GetValueOrDefault(conversationId, []);
        var blocked = facts.Conversation.IsGroup
            ? (await relationships.OfAsync(typistId, members.Select(m => m.UserId), cancellationToken)).Where(r => r.Value.BlockedEitherWay).Select(r => r.Key).ToHashSet()
            : [];
        var expiresAt = TypingRules.ExpiresAt(clock.GetUtcNow());
        var recipients = StreamRules.TypingRecipients(members, typistId, blocked);
        if (recipients.Count > 0)
        {
            await signal.SendAsync(new UserTyping { ConversationId = conversationId, UserId = typistId, RecipientIds = recipients, ExpiresAt = expiresAt }, cancellationToken);
        }

        return expiresAt;
    }
}
