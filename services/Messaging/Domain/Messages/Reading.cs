using Social.Messaging.Domain.Conversations;
using Social.Messaging.Storage;
using Social.ServiceDefaults.Validation;

namespace Social.Messaging.Domain.Messages;

/// <summary>
/// Read positions: "read up to seq N" moves the member's position forward (never back) and recounts what is still
/// unread, in one transaction. The others get a receipt (<c>ConversationRead</c>) unless the reader's
/// <c>readReceipts</c> setting is off: then they clear their own unread state and tell no one.
/// </summary>
public sealed class Reading(IMessagingStore store, ConversationAccess access, TimeProvider clock)
{
    public async Task<(IReadOnlyList<FieldViolation> Violations, ConversationDecision Decision, ReadPosition? Position)> MarkReadAsync(
        Guid readerId, Guid conversationId, long upToSeq, CancellationToken cancellationToken)
    {
        if (await access.ForMemberAsync(readerId, conversationId, cancellationToken) is not { } facts)
        {
            return ([], ConversationDecision.NotFound, null);
        }

        var violations = ConversationRules.CheckRead(upToSeq, facts.Conversation.LastSeq);
        if (violations.Count > 0)
        {
            return (violations, ConversationDecision.Allowed, null);
        }

        var receipts = (await store.GetSettingsAsync(readerId, cancellationToken)).ReadReceipts;
        var position = await store.WriteAsync(async (transaction, ct) =>
        {
            if (await transaction.ReadMemberAsync(conversationId, readerId, ct) is not { } me)
            {
                return null;
            }

            var readSeq = ConversationRules.ReadPosition(me, upToSeq);
            if (readSeq == me.ReadSeq)
            {
                return new ReadPosition(conversationId, me.ReadSeq, me.UnreadCount);
            }

            var unread = await transaction.CountUnreadAsync(conversationId, readerId, readSeq, ct);
            await MemberWrites.WriteAsync(transaction, [me with { ReadSeq = readSeq, UnreadCount = unread }], ct);
            var changes = new MessagingChanges(transaction, clock);
            if (receipts)
            {
                changes.Read(conversationId, readerId, readSeq);
            }

            // With receipts off only the reader's own devices hear of it (their unread state), nobody else.
            await changes.Stream.ReadAsync(facts.Conversation, await transaction.ReadMembersAsync(conversationId, ct), readerId, readSeq, receipts, ct);

            return new ReadPosition(conversationId, readSeq, unread);
        }, cancellationToken);

        return position is null ? ([], ConversationDecision.NotFound, null) : ([], ConversationDecision.Allowed, position);
    }
}
