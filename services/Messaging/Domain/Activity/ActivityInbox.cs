using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Messaging.Storage;
using Social.Relationships;

namespace Social.Messaging.Domain.Activity;

/// <summary>
/// The activity inbox's consumers' use case: each event applied once (its receipt commits with the change), the
/// recipients' streams told in the same transaction. Graph is asked, before the transaction, whether each recipient
/// hears of the actor (mutes live only there); blocks are checked again inside it, against the replica.
/// <para>
/// Events arriving together are applied together (<see cref="GroupCommit{TItem}"/>): one Graph call per recipient and
/// one transaction for the batch, in which each event keeps its own receipt and is applied after the one before it, so
/// the outcome is that of applying them one by one.
/// </para>
/// </summary>
public sealed class ActivityInbox : IAsyncDisposable
{
    /// <summary>The most events one transaction applies: enough to absorb a burst, few enough to keep each commit short.</summary>
    public const int MaxBatch = 128;

    private readonly IMessagingStore _store;
    private readonly GraphRelationships _relationships;
    private readonly TimeProvider _clock;
    private readonly GroupCommit<ReceivedActivity> _batches;

    public ActivityInbox(IMessagingStore store, GraphRelationships relationships, TimeProvider clock)
    {
        _store = store;
        _relationships = relationships;
        _clock = clock;
        _batches = new GroupCommit<ReceivedActivity>(ApplyBatchAsync, MaxBatch);
    }

    /// <summary>Applies the causes of one event, with whichever other events are being applied now; false when it was applied before.</summary>
    public Task<bool> ApplyAsync(IReadOnlyList<ActivityCause> causes, MessageReceipt receipt, CancellationToken cancellationToken) =>
        _batches.ApplyAsync(new ReceivedActivity(causes, receipt), cancellationToken);

    /// <summary>
    /// Applies several events in one transaction, in order, each as if alone: an event already received (earlier, or
    /// earlier in the batch) changes nothing, and each sees what the ones before it wrote. Answers which were applied.
    /// </summary>
    public async Task<IReadOnlyList<bool>> ApplyBatchAsync(IReadOnlyList<ReceivedActivity> deliveries, CancellationToken cancellationToken)
    {
        if (deliveries.Count == 0)
        {
            return [];
        }

        var refused = await RefusedAsync(deliveries.SelectMany(d => d.Causes), cancellationToken);
        return await _store.ApplyEachOnceAsync(
            [.. deliveries.Select(d => d.Receipt)],
            async (transaction, fresh, ct) =>
            {
                var changes = new ActivityChanges(transaction, _clock);
                var facts = new ActivityFacts(transaction);
                for (var i = 0; i < deliveries.Count; i++)
                {
                    if (fresh[i])
                    {
                        await WriteAsync(transaction, changes, facts, deliveries[i].Causes, refused, ct);
                    }
                }

                await changes.FlushAsync(ct);
            },
            cancellationToken);
    }

    /// <summary>A content item or comment is gone, with everything it caused.</summary>
    public Task<bool> RemoveAsync(Guid objectId, DateTimeOffset at, MessageReceipt receipt, CancellationToken cancellationToken) =>
        _store.ApplyOnceAsync(
            receipt,
            async (transaction, ct) =>
            {
                var changes = new ActivityChanges(transaction, _clock);
                await ActivityWrites.RemoveObjectAsync(transaction, changes, objectId, at, ct);
                await changes.FlushAsync(ct);
            },
            cancellationToken);

    /// <summary>A story reply shows when its conversation is in the owner's inbox; one in their requests stays there.</summary>
    public async Task<bool> StoryRepliedAsync(StoryReplied replied, MessageReceipt receipt, CancellationToken cancellationToken)
    {
        IReadOnlyList<ActivityCause> causes = [ActivityEvents.Of(replied)];
        var refused = await RefusedAsync(causes, cancellationToken);
        return await _store.ApplyOnceAsync(
            receipt,
            async (transaction, ct) =>
            {
                if (ActivityRules.ReachesInbox(await transaction.ReadMemberAsync(replied.ConversationId, replied.OwnerId, ct)))
                {
                    var changes = new ActivityChanges(transaction, _clock);
                    await WriteAsync(transaction, changes, new ActivityFacts(transaction), causes, refused, ct);
                    await changes.FlushAsync(ct);
                }
            },
            cancellationToken);
    }

    public ValueTask DisposeAsync() => _batches.DisposeAsync();

    private static async Task WriteAsync(
        IMessagingTransaction transaction,
        ActivityChanges changes,
        ActivityFacts facts,
        IReadOnlyList<ActivityCause> causes,
        IReadOnlySet<(Guid, Guid)> refused,
        CancellationToken cancellationToken)
    {
        foreach (var cause in causes.Where(c => c.RecipientId != c.ActorId && !(c.Present && refused.Contains((c.RecipientId, c.ActorId)))))
        {
            await ActivityWrites.ApplyAsync(transaction, changes, facts, cause, cancellationToken);
        }
    }

    /// <summary>
    /// The (recipient, actor) pairs whose causes are not kept: the recipient mutes the actor or a block stands between
    /// them, as Graph answers, asked once per recipient about all the actors of <paramref name="causes"/>. No one hears
    /// of themself; an undo always applies, so neither is asked about.
    /// </summary>
    private async Task<IReadOnlySet<(Guid RecipientId, Guid ActorId)>> RefusedAsync(IEnumerable<ActivityCause> causes, CancellationToken cancellationToken)
    {
        var asked = causes
            .Where(c => c.Present && c.RecipientId != c.ActorId)
            .GroupBy(c => c.RecipientId, c => c.ActorId)
            .Select(async actors => (RecipientId: actors.Key, Answers: await _relationships.OfAsync(actors.Key, actors.Distinct(), cancellationToken), Actors: actors.Distinct()));
        var refused = new HashSet<(Guid, Guid)>();
        foreach (var (recipientId, answers, actors) in await Task.WhenAll(asked))
        {
            foreach (var actorId in actors.Where(a => !ActivityRules.Admits(recipientId, a, answers.GetValueOrDefault(a, Relationship.None))))
            {
                refused.Add((recipientId, actorId));
            }
        }

        return refused;
    }
}
