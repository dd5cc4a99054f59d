using Social.Messaging.Storage;

namespace Social.Messaging.Domain.Activity;

/// <summary>
/// Removes deleted accounts' activity one bounded batch per transaction: a user who liked a million items, or whose
/// inbox holds a million causes, never holds the write lock for long nor loads everything at once. The removal's
/// record, written with the deletion, is its progress marker: each batch deletes what it handled, so what is left is
/// exactly what a later batch (after a crash, on another instance) still has to do, and the record goes with the last.
/// </summary>
public sealed class ActivityRemovals(IMessagingStore store, int batchSize = ActivityRemovals.DefaultBatchSize)
{
    public const int DefaultBatchSize = 500;

    /// <summary>Runs one batch of the oldest pending removal; false when none was pending.</summary>
    public Task<bool> RunBatchAsync(CancellationToken cancellationToken) =>
        store.WriteAsync(
            async (transaction, ct) =>
            {
                if (await transaction.NextActivityRemovalAsync(ct) is not { } userId)
                {
                    return false;
                }

                var changes = new ActivityChanges(transaction);
                var done = await ActivityWrites.RemoveUserBatchAsync(transaction, changes, userId, batchSize, ct);
                await changes.FlushAsync(ct);
                if (done)
                {
                    await transaction.CompleteActivityRemovalAsync(userId, ct);
                }

                return true;
            },
            cancellationToken);

    /// <summary>Runs batches until none is pending; answers how many ran.</summary>
    public async Task<long> RunUntilIdleAsync(CancellationToken cancellationToken)
    {
        var batches = 0L;
        while (await RunBatchAsync(cancellationToken))
        {
            batches++;
        }

        return batches;
    }
}
