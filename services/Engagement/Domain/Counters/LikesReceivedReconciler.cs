using Social.Engagement.Storage;

namespace Social.Engagement.Domain.Counters;

/// <summary>
/// Recomputes every owner's likes received, shard by shard, from the likes on their content (an operations task,
/// never on the request path), and keeps Profile's <c>likesCount</c> equal to them:
/// <list type="bullet">
/// <item>a repair sets each drifted shard to its likes, in a transaction of its own that re-reads it (a like
/// committed since the scan is counted), and announces it at a new version;</item>
/// <item>an announcement re-announces every shard at a new version, drifted or not: Profile takes it whatever it held
/// before, so a count whose event was lost on the way (dead-lettered), or never sent (data older than these events),
/// is set right too.</item>
/// </list>
/// </summary>
public sealed class LikesReceivedReconciler(IEngagementStore store, TimeProvider clock)
{
    public async Task<LikesReceivedReconciliation> ReconcileAsync(bool repair, bool announce, CancellationToken cancellationToken)
    {
        long shardsChecked = 0;
        long announced = 0;
        var drift = new List<LikesReceivedCounter>();

        // Written as the scan goes rather than collected first: an announcement touches every shard of every owner.
        await foreach (var row in store.ReadLikesReceivedCountersAsync(cancellationToken))
        {
            shardsChecked++;
            if (row.Drifted)
            {
                drift.Add(row);
            }

            if ((announce || (repair && row.Drifted)) && await WriteAsync(row, repair, announce, cancellationToken))
            {
                announced++;
            }
        }

        return new LikesReceivedReconciliation(shardsChecked, drift, Repaired: repair && drift.Count > 0, announced);
    }

    private Task<bool> WriteAsync(LikesReceivedCounter scanned, bool repair, bool announce, CancellationToken cancellationToken) =>
        store.WriteAsync(async (transaction, ct) =>
        {
            var now = await transaction.ReadLikesReceivedCounterAsync(scanned.OwnerId, scanned.Shard, ct);
            if (!announce && !now.Drifted)
            {
                return false; // Set right since the scan.
            }

            var fix = repair ? now.ActualLikes - now.StoredLikes : 0;
            await new EngagementChanges(transaction, clock).AdjustReceivedAsync(now.OwnerId, now.Shard, fix, ct);
            return true;
        }, cancellationToken);
}
