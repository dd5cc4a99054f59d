using Social.ServiceDefaults.Ids;
using Social.Messaging.Domain.Conversations;
using Social.Messaging.Domain.Stream;
using Social.Messaging.Storage;

namespace Social.Messaging.Domain.Messages;

/// <summary>
/// The sender edits a message (the old text goes to its history) or unsends it for everyone: it stays in its place
/// as deleted, its text, history and reactions gone, and the members who had not read it have one unread message less.
/// </summary>
public sealed class MessageChanging(IMessagingStore store, ConversationAccess access, TimeProvider clock)
{
    public async Task<MessageResult> EditAsync(Guid actorId, Guid conversationId, Guid messageId, string? text, CancellationToken cancellationToken)
    {
        var violations = MessageRules.CheckEdit(text);
        if (violations.Count > 0)
        {
            return MessageResult.Invalid(violations);
        }

        var (decision, _) = await FindAsync(actorId, conversationId, messageId, cancellationToken);
        if (decision != ConversationDecision.Allowed)
        {
            return MessageResult.Refused(decision);
        }

        var edited = await store.WriteAsync(async (transaction, ct) =>
        {
            if (await transaction.ReadMessageAsync(messageId, ct) is not { Deleted: false } current)
            {
                return null;
            }

            if (current.Text is { } old)
            {
                await transaction.InsertEditAsync(new MessageEdit(OrderedIds.CreateVersion7(clock.GetUtcNow()), messageId, old, transaction.At), ct);
            }

            var updated = current with { Text = text, EditedAt = transaction.At };
            await transaction.ReplaceMessageAsync(updated, ct);
            var changes = new MessagingChanges(transaction, clock);
            changes.MessageEdited(updated);
            if (await transaction.ReadConversationAsync(conversationId, ct) is { } conversation)
            {
                await changes.Stream.MessageAsync(conversation, await transaction.ReadMembersAsync(conversationId, ct), updated, StreamEventTypes.MessageEdited, ct);
            }

            return updated;
        }, cancellationToken);

        return edited is null ? MessageResult.Refused(ConversationDecision.NotFound) : MessageResult.Done(edited);
    }

    /// <summary>Unsends for everyone. Idempotent: unsending what is already unsent succeeds.</summary>
    public async Task<ConversationDecision> UnsendAsync(Guid actorId, Guid conversationId, Guid messageId, CancellationToken cancellationToken)
    {
        var (decision, message) = await FindAsync(actorId, conversationId, messageId, cancellationToken, allowDeleted: true);
        if (decision != ConversationDecision.Allowed || message!.Deleted)
        {
            return decision;
        }

        await store.WriteAsync(async (transaction, ct) =>
        {
            if (await transaction.ReadMessageAsync(messageId, ct) is not { Deleted: false } current)
            {
                return false;
            }

            await transaction.ReplaceMessageAsync(current with { Text = null, Deleted = true }, ct);
            await transaction.DeleteEditsAndReactionsAsync(messageId, ct);
            var members = await transaction.ReadMembersAsync(conversationId, ct);
            await MemberWrites.WriteAsync(transaction, ConversationRules.AfterUnsend(members, current.SenderId, current.Seq), ct);
            var changes = new MessagingChanges(transaction, clock);
            changes.MessageUnsent(current);
            if (await transaction.ReadConversationAsync(conversationId, ct) is { } conversation)
            {
                await changes.Stream.MessageAsync(conversation, members, current, StreamEventTypes.MessageDeleted, ct);
            }

            return true;
        }, cancellationToken);
        return ConversationDecision.Allowed;
    }

    /// <summary>The message, when the actor is in its conversation and may change it.</summary>
    private async Task<(ConversationDecision Decision, MessageRecord? Message)> FindAsync(
        Guid actorId, Guid conversationId, Guid messageId, CancellationToken cancellationToken, bool allowDeleted = false)
    {
        if (await access.ForMemberAsync(actorId, conversationId, cancellationToken) is null
            || await store.FindMessageAsync(messageId, cancellationToken) is not { } message
            || message.ConversationId != conversationId
            || (message.Deleted && !allowDeleted))
        {
            return (ConversationDecision.NotFound, null);
        }

        return MessageRules.MayChange(actorId, message) ? (ConversationDecision.Allowed, message) : (ConversationDecision.NotYours, message);
    }
}
