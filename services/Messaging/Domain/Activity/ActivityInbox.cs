using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Messaging.Storage;
using Social.Relationships;

namespace Social.Messaging.Domain.Activity;

/// <summary>
/// The activity inbox's consumers' use case: each event applied once (its receipt commits with the change), the
/// recipients' streams told in the same transaction. Graph is asked, before the transaction, whether each recipient
/// hears of the actor (mutes live only there); blocks are checked again inside it, against the replica.
/// </summary>
public sealed class ActivityInbox(IMessagingStore store, GraphRelationships relationships)
{
    public async Task<bool> ApplyAsync(IReadOnlyList<ActivityCause> causes, MessageReceipt receipt, CancellationToken cancellationToken)
    {
        var admitted = await AdmittedAsync(causes, cancellationToken);
        return await store.ApplyOnceAsync(receipt, (transaction, ct) => WriteAsync(transaction, admitted, ct), cancellationToken);
    }

    /// <summary>A content item or comment is gone, with everything it caused.</summary>
    public Task<bool> RemoveAsync(Guid objectId, DateTimeOffset at, MessageReceipt receipt, CancellationToken cancellationToken) =>
        store.ApplyOnceAsync(
            receipt,
            async (transaction, ct) =>
            {
                var changes = new ActivityChanges(transaction);
                await ActivityWrites.RemoveObjectAsync(transaction, changes, objectId, at, ct);
                await changes.FlushAsync(ct);
            },
            cancellationToken);

    /// <summary>A story reply shows when its conversation is in the owner's inbox; one in their requests stays there.</summary>
    public async Task<bool> StoryRepliedAsync(StoryReplied replied, MessageReceipt receipt, CancellationToken cancellationToken)
    {
        var admitted = await AdmittedAsync([ActivityEvents.Of(replied)], cancellationToken);
        return await store.ApplyOnceAsync(
            receipt,
            async (transaction, ct) =>
            {
                if (ActivityRules.ReachesInbox(await transaction.ReadMemberAsync(replied.ConversationId, replied.OwnerId, ct)))
                {
                    await WriteAsync(transaction, admitted, ct);
                }
            },
            cancellationToken);
    }

    private static async Task WriteAsync(IMessagingTransaction transaction, IReadOnlyList<ActivityCause> causes, CancellationToken cancellationToken)
    {
        var changes = new ActivityChanges(transaction);
        foreach (var cause in causes)
        {
            await ActivityWrites.ApplyAsync(transaction, changes, cause, cancellationToken);
        }

        await changes.FlushAsync(cancellationToken);
    }

    /// <summary>The causes to apply: no one hears of themself; a cause reaches only a recipient who admits its actor; an undo always applies.</summary>
    private async Task<IReadOnlyList<ActivityCause>> AdmittedAsync(IReadOnlyList<ActivityCause> causes, CancellationToken cancellationToken)
    {
        var admitted = new List<ActivityCause>();
        foreach (var cause in causes.Where(c => c.RecipientId != c.ActorId))
        {
            if (!cause.Present || ActivityRules.Admits(cause.RecipientId, cause.ActorId, await relationships.WithAsync(cause.RecipientId, cause.ActorId, cancellationToken)))
            {
                admitted.Add(cause);
            }
        }

        return admitted;
    }
}
