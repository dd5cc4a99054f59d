using Social.Messaging.Domain.Conversations;
using Social.Messaging.Storage;
using Social.Relationships;

namespace Social.Messaging.Domain.Messages;

/// <summary>
/// Reactions: one per emoji per user on a message still there, idempotent both ways. A message by someone blocked
/// either way with the reactor is not found to them, in a group as in a 1:1.
/// </summary>
public sealed class Reacting(IMessagingStore store, ConversationAccess access, GraphRelationships relationships, TimeProvider clock)
{
    public Task<MessageResult> AddAsync(Guid userId, Guid conversationId, Guid messageId, string? emoji, CancellationToken cancellationToken) =>
        ChangeAsync(userId, conversationId, messageId, emoji, add: true, cancellationToken);

    public Task<MessageResult> RemoveAsync(Guid userId, Guid conversationId, Guid messageId, string? emoji, CancellationToken cancellationToken) =>
        ChangeAsync(userId, conversationId, messageId, emoji, add: false, cancellationToken);

    private async Task<MessageResult> ChangeAsync(Guid userId, Guid conversationId, Guid messageId, string? emoji, bool add, CancellationToken cancellationToken)
    {
        if (MessageRules.CheckEmoji(emoji) is { } problem)
        {
            return MessageResult.Invalid("emoji", problem);
        }

        // A 1:1's block was asked of Graph with the access; a group's members may block each other.
        if (await access.ForMemberAsync(userId, conversationId, cancellationToken) is not { } facts
            || await store.FindMessageAsync(messageId, cancellationToken) is not { Deleted: false } message
            || message.ConversationId != conversationId
            || (facts.Conversation.IsGroup && (await relationships.WithAsync(userId, message.SenderId, cancellationToken)).BlockedEitherWay))
        {
            return MessageResult.Refused(ConversationDecision.NotFound);
        }

        var changed = await store.WriteAsync(async (transaction, ct) =>
        {
            if (await transaction.ReadMemberAsync(conversationId, userId, ct) is not { Locked: false }
                || await transaction.ReadMessageAsync(messageId, ct) is not { Deleted: false } current)
            {
                return null;
            }

            var changes = new MessagingChanges(transaction, clock);
            var changed = add ? await transaction.InsertReactionAsync(current, userId, emoji!, ct) : await transaction.DeleteReactionAsync(messageId, userId, emoji!, ct);
            if (changed)
            {
                if (add)
                {
                    changes.ReactionAdded(current, userId, emoji!);
                }
                else
                {
                    changes.ReactionRemoved(current, userId, emoji!);
                }

                await changes.Stream.ReactionAsync(facts.Conversation, await transaction.ReadMembersAsync(conversationId, ct), current, userId, emoji!, add, ct);
            }

            return current;
        }, cancellationToken);

        return changed is null ? MessageResult.Refused(ConversationDecision.NotFound) : MessageResult.Done(changed);
    }
}
