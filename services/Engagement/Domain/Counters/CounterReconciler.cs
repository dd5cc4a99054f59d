using Social.Engagement.Storage;

namespace Social.Engagement.Domain.Counters;

/// <summary>
/// Recomputes every item's like and comment counts from its likes and comments (an operations task, never on the request path). A repair
/// re-reads each drifted item in a transaction of its own, so a like committed since the scan is counted.
/// </summary>
public sealed class CounterReconciler(IEngagementStore store)
{
    public async Task<CounterReconciliation> ReconcileAsync(bool repair, CancellationToken cancellationToken)
    {
        long checkedItems = 0;
        var drift = new List<ItemCounters>();
        await foreach (var row in store.ReadCountersAsync(cancellationToken))
        {
            checkedItems++;
            if (row.Drifted)
            {
                drift.Add(row);
            }
        }

        if (!repair || drift.Count == 0)
        {
            return new CounterReconciliation(checkedItems, drift, Repaired: false);
        }

        foreach (var row in drift)
        {
            await store.WriteAsync(async (transaction, ct) =>
            {
                if (await transaction.ReadCounterAsync(row.ContentId, ct) is not { Drifted: true } now)
                {
                    return false; // Removed, or set right, since the scan.
                }

                // Each difference goes to one shard: only the sum is ever read.
                await transaction.AdjustLikesAsync(now.ContentId, 0, now.ActualLikes - now.StoredLikes, ct);
                await transaction.AdjustCommentsAsync(now.ContentId, 0, now.ActualComments - now.StoredComments, ct);
                return true;
            }, cancellationToken);
        }

        return new CounterReconciliation(checkedItems, drift, Repaired: true);
    }
}
