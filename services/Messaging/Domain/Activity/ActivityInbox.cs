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
/// Events arriving together are handled together (<see cref="GroupCommit{TItem}"/>), in two stages that overlap under
/// load: Graph is asked once per recipient about the actors of the events gathered, while the events admitted before
/// them are written, one transaction per batch. In a batch each event keeps its own receipt and is applied after the
/// one before it, so the outcome is that of applying them one by one.
/// </para>
/// </summary>
public sealed class ActivityInbox : IAsyncDisposable
{
    /// <summary>The most events one transaction applies: enough to absorb a burst, few enough to keep each commit short.</summary>
    public const int MaxBatch = 128;

    private readonly IMessagingStore _store;
    private readonly GraphRelationships _relationships;
    private readonly GroupCommit<(Guid RecipientId, Guid ActorId)> _admissions;
    private readonly GroupCommit<ReceivedActivity> _batches;

    public ActivityInbox(IMessagingStore store, GraphRelationships relationships)
    {
        _store = store;
        _relationships = relationships;
        _admissions = new GroupCommit<(Guid RecipientId, Guid ActorId)>(AdmitsAsync, 2 * MaxBatch);
        _batches = new GroupCommit<ReceivedActivity>(WriteBatchAsync, MaxBatch);
    }

    /// <summary>Applies the causes of one event, with whichever other events are being applied now; false when it was applied before.</summary>
    public async Task<bool> ApplyAsync(IReadOnlyList<ActivityCause> causes, MessageReceipt receipt, CancellationToken cancellationToken)
    {
        var admitted = new List<ActivityCause>();
        foreach (var cause in causes.Where(c => c.RecipientId != c.ActorId))
        {
            if (!cause.Present || await _admissions.ApplyAsync((cause.RecipientId, cause.ActorId), cancellationToken))
            {
                admitted.Add(cause);
            }
        }

        return await _batches.ApplyAsync(new ReceivedActivity(admitted, receipt), cancellationToken);
    }

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

        var refused = await RefusedAsync(deliveries.SelectMany(d => d.Causes).Where(AskedAbout).Select(c => (c.RecipientId, c.ActorId)), cancellationToken);
        return await WriteBatchAsync(
            [.. deliveries.Select(d => d with { Causes = [.. d.Causes.Where(c => Admitted(c, refused))] })], cancellationToken);
    }

    /// <summary>A content item or comment is gone, with everything it caused.</summary>
    public Task<bool> RemoveAsync(Guid objectId, DateTimeOffset at, MessageReceipt receipt, CancellationToken cancellationToken) =>
        _store.ApplyOnceAsync(
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
        IReadOnlyList<ActivityCause> causes = [ActivityEvents.Of(replied)];
        var refused = await RefusedAsync(causes.Where(AskedAbout).Select(c => (c.RecipientId, c.ActorId)), cancellationToken);
        return await _store.ApplyOnceAsync(
            receipt,
            async (transaction, ct) =>
            {
                if (ActivityRules.ReachesInbox(await transaction.ReadMemberAsync(replied.ConversationId, replied.OwnerId, ct)))
                {
                    var changes = new ActivityChanges(transaction);
                    var facts = new ActivityFacts(transaction);
                    foreach (var cause in causes.Where(c => Admitted(c, refused)))
                    {
                        await ActivityWrites.ApplyAsync(transaction, changes, facts, cause, ct);
                    }

                    await changes.FlushAsync(ct);
                }
            },
            cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _admissions.DisposeAsync();
        await _batches.DisposeAsync();
    }

    /// <summary>Whether Graph is asked about a cause: no one hears of themself, and an undo always applies.</summary>
    private static bool AskedAbout(ActivityCause cause) => cause.Present && cause.RecipientId != cause.ActorId;

    private static bool Admitted(ActivityCause cause, IReadOnlySet<(Guid, Guid)> refused) =>
        cause.RecipientId != cause.ActorId && !(cause.Present && refused.Contains((cause.RecipientId, cause.ActorId)));

    /// <summary>Writes admitted causes, one transaction for the batch (see <see cref="ApplyBatchAsync"/>).</summary>
    private Task<IReadOnlyList<bool>> WriteBatchAsync(IReadOnlyList<ReceivedActivity> deliveries, CancellationToken cancellationToken) =>
        _store.ApplyEachOnceAsync(
            [.. deliveries.Select(d => d.Receipt)],
            async (transaction, fresh, ct) =>
            {
                var changes = new ActivityChanges(transaction);
                var facts = new ActivityFacts(transaction);
                for (var i = 0; i < deliveries.Count; i++)
                {
                    foreach (var cause in fresh[i] ? deliveries[i].Causes : [])
                    {
                        await ActivityWrites.ApplyAsync(transaction, changes, facts, cause, ct);
                    }
                }

                await changes.FlushAsync(ct);
            },
            cancellationToken);

    /// <summary>For each (recipient, actor) pair, whether the recipient hears of the actor now.</summary>
    private async Task<IReadOnlyList<bool>> AdmitsAsync(IReadOnlyList<(Guid RecipientId, Guid ActorId)> pairs, CancellationToken cancellationToken)
    {
        var refused = await RefusedAsync(pairs, cancellationToken);
        return [.. pairs.Select(pair => !refused.Contains(pair))];
    }

    /// <summary>
    /// The (recipient, actor) pairs whose causes are not kept: the recipient mutes the actor or a block stands between
    /// them, as Graph answers, asked once per recipient about all their actors.
    /// </summary>
    private async Task<IReadOnlySet<(Guid RecipientId, Guid ActorId)>> RefusedAsync(IEnumerable<(Guid RecipientId, Guid ActorId)> pairs, CancellationToken cancellationToken)
    {
        var asked = pairs
            .GroupBy(p => p.RecipientId, p => p.ActorId)
            .Select(async actors =>
            {
                var distinct = actors.Distinct().ToList();
                return (RecipientId: actors.Key, Actors: distinct, Answers: await _relationships.OfAsync(actors.Key, distinct, cancellationToken));
            });
        var refused = new HashSet<(Guid, Guid)>();
        foreach (var (recipientId, actors, answers) in await Task.WhenAll(asked))
        {
            foreach (var actorId in actors.Where(a => !ActivityRules.Admits(recipientId, a, answers.GetValueOrDefault(a, Relationship.None))))
            {
                refused.Add((recipientId, actorId));
            }
        }

        return refused;
    }
}
