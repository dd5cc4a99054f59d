using Social.ServiceDefaults.Ids;
using Social.Messaging.Domain.Conversations;
using Social.Messaging.Domain.Stream;
using Social.Messaging.Storage;
using Social.Relationships.Blocks;

namespace Social.Messaging.Domain.Messages;

/// <summary>
/// Sending a message: idempotent per sender by its client message id (a retry, even a concurrent one, finds the
/// message the first call sent), with the next seq of the conversation taken in the message's own transaction, where
/// the members' unread counts and activity move with it. A 1:1 is checked against Graph now and against the
/// replicated blocks in the transaction, so a send racing a block cannot outlive it.
/// </summary>
public sealed class Sending(IMessagingStore store, ConversationAccess access, Starting starting, TimeProvider clock)
{
    public async Task<MessageResult> SendAsync(Guid senderId, Guid conversationId, MessageDraft draft, CancellationToken cancellationToken)
    {
        var violations = MessageRules.Check(draft);
        if (violations.Count > 0)
        {
            return MessageResult.Invalid(violations);
        }

        if (await access.ForMemberAsync(senderId, conversationId, cancellationToken) is not { } facts)
        {
            return MessageResult.Refused(ConversationDecision.NotFound);
        }

        if (draft.ReplyTo is { } replyTo
            && (await store.FindMessageAsync(replyTo, cancellationToken) is not { } replied || replied.ConversationId != conversationId))
        {
            return MessageResult.Invalid("replyTo", "No such message in this conversation.");
        }

        var other = facts.Conversation.OtherOf(senderId);
        return await store.WriteAsync(async (transaction, ct) =>
        {
            if (await transaction.ReadConversationAsync(conversationId, ct) is not { } conversation
                || await transaction.ReadMemberAsync(conversationId, senderId, ct) is not { Locked: false })
            {
                return MessageResult.Refused(ConversationDecision.NotFound);
            }

            if (await transaction.ReadMessageByClientIdAsync(conversationId, senderId, draft.ClientMessageId, ct) is { } sent)
            {
                return MessageResult.Done(sent);
            }

            if (other is { } partner && (await transaction.ReadMemberAsync(conversationId, partner, ct) is null
                || await ReplicatedBlocks.SeparateAsync(transaction, senderId, partner, ct)))
            {
                return MessageResult.Refused(ConversationDecision.NotFound);
            }

            var seq = conversation.LastSeq + 1;
            var message = new MessageRecord(
                OrderedIds.CreateVersion7(clock.GetUtcNow()), conversationId, seq, senderId, draft.ClientMessageId, draft.Text, draft.ReplyTo, draft.StoryId, draft.ContentId, transaction.At);
            await transaction.InsertMessageAsync(message, ct);
            await transaction.WriteConversationAsync(conversation with { LastSeq = seq, LastActivityAt = transaction.At }, ct);
            var members = await transaction.ReadMembersAsync(conversationId, ct);
            await MemberWrites.WriteAsync(transaction, ConversationRules.AfterMessage(members, senderId, seq, transaction.At), ct);
            var changes = new MessagingChanges(transaction, clock);
            changes.MessageSent(message);
            await changes.Stream.MessageAsync(conversation, members, message, StreamEventTypes.Message, ct);
            return MessageResult.Done(message, created: true);
        }, cancellationToken);
    }

    /// <summary>
    /// Sends in the 1:1 of <paramref name="senderId"/> and <paramref name="recipientId"/>, started when there is none
    /// (for other services: a story reply arrives as a message to the story's owner).
    /// </summary>
    public async Task<MessageResult> SendDirectAsync(Guid senderId, Guid recipientId, MessageDraft draft, CancellationToken cancellationToken)
    {
        var violations = MessageRules.Check(draft);
        if (violations.Count > 0)
        {
            return MessageResult.Invalid(violations);
        }

        var started = await starting.DirectAsync(senderId, recipientId, cancellationToken);
        if (started.Violations.Count > 0)
        {
            return MessageResult.Invalid(started.Violations);
        }

        return started.ConversationId is { } conversationId
            ? await SendAsync(senderId, conversationId, draft, cancellationToken)
            : MessageResult.Refused(started.Decision);
    }
}
