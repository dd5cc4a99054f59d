using Social.Messaging.Domain.Stream;
using Social.Messaging.Storage;

namespace Social.Messaging.Domain.Conversations;

/// <summary>
/// What a member decides for themself alone: accepting or declining a message request (declining tells the sender
/// nothing: no event, nothing changes on their side) and muting.
/// </summary>
public sealed class MyConversation(IMessagingStore store, ConversationAccess access)
{
    /// <summary>Moves the conversation to the member's inbox (also a request they had declined). Idempotent.</summary>
    public Task<ConversationDecision> AcceptAsync(Guid userId, Guid conversationId, CancellationToken cancellationToken) =>
        ChangeAsync(userId, conversationId, me => (ConversationDecision.Allowed, me with { Folder = Folders.Inbox }), cancellationToken, ConversationChanges.Accepted);

    /// <summary>Declines a message request: it leaves the member's lists. Idempotent; an inbox conversation is not a request.</summary>
    public Task<ConversationDecision> DeclineAsync(Guid userId, Guid conversationId, CancellationToken cancellationToken) =>
        ChangeAsync(
            userId,
            conversationId,
            me => me.Folder == Folders.Inbox ? (ConversationDecision.NotARequest, me) : (ConversationDecision.Allowed, me with { Folder = Folders.Declined }),
            cancellationToken,
            ConversationChanges.Declined);

    public Task<ConversationDecision> MuteAsync(Guid userId, Guid conversationId, bool muted, CancellationToken cancellationToken) =>
        ChangeAsync(userId, conversationId, me => (ConversationDecision.Allowed, me with { Muted = muted }), cancellationToken);

    private async Task<ConversationDecision> ChangeAsync(
        Guid userId,
        Guid conversationId,
        Func<MemberRecord, (ConversationDecision Decision, MemberRecord Changed)> change,
        CancellationToken cancellationToken,
        string? announced = null)
    {
        if (await access.ForMemberAsync(userId, conversationId, cancellationToken) is null)
        {
            return ConversationDecision.NotFound;
        }

        return await store.WriteAsync(async (transaction, ct) =>
        {
            if (await transaction.ReadMemberAsync(conversationId, userId, ct) is not { } me)
            {
                return ConversationDecision.NotFound;
            }

            var (decision, changed) = change(me);
            if (decision == ConversationDecision.Allowed && changed != me)
            {
                await MemberWrites.WriteAsync(transaction, [changed], ct);
                if (announced is not null)
                {
                    // To the member's own devices only: declining tells the sender nothing.
                    await new StreamFanOut(transaction).ConversationAsync(conversationId, [userId], announced, userId, ct);
                }
            }

            return decision;
        }, cancellationToken);
    }
}
