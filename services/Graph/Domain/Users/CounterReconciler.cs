using Social.Graph.Domain.Edges;
using Social.Graph.Storage;

namespace Social.Graph.Domain.Users;

/// <summary>
/// Recomputes every user's counts from the edges (an operations task, never on the request path). A repair re-reads
/// each drifted user in a transaction of their own, so an edge committed since the scan is counted, and a large graph
/// never needs one long transaction.
/// <para>
/// Counts are kept in shards (<see cref="FollowCountShards"/>) and only their sums are counts, so the difference goes
/// to one shard (<see cref="FollowCountShards.Repair"/>), and every shard of the user is announced again at a new
/// version: consumers sum the shards as announced, so a shard whose events were lost, or whose stored value moved
/// without one, would otherwise keep their sum off the repaired count. A follow committing meanwhile writes its own
/// edge and shard: the difference, taken from one snapshot of edges and shards, stays right beside it.
/// </para>
/// </summary>
public sealed class CounterReconciler(IGraphStore store, TimeProvider clock)
{
    public async Task<CounterReconciliation> ReconcileAsync(bool repair, CancellationToken cancellationToken)
    {
        long usersChecked = 0;
        var drift = new List<CounterDrift>();
        await foreach (var row in store.ReadCountersAsync(cancellationToken))
        {
            usersChecked++;
            if (row.Drifted)
            {
                drift.Add(row);
            }
        }

        if (!repair || drift.Count == 0)
        {
            return new CounterReconciliation(usersChecked, drift, Repaired: false);
        }

        foreach (var row in drift)
        {
            await store.WriteAsync(async (transaction, ct) =>
            {
                if (await transaction.ReadCounterAsync(row.UserId, ct) is not { Drifted: true } now)
                {
                    return false; // Removed, or set right, since the scan.
                }

                var changes = new GraphChanges(transaction, clock);
                for (var shard = 0; shard < FollowCountShards.Count; shard++)
                {
                    var (followers, following) = shard == FollowCountShards.Repair
                        ? (now.ActualFollowers - now.StoredFollowers, now.ActualFollowing - now.StoredFollowing)
                        : (0, 0);
                    changes.CountsChanged(await transaction.AdjustCountsAsync(now.UserId, shard, followers, following, ct));
                }

                return true;
            }, cancellationToken);
        }

        return new CounterReconciliation(usersChecked, drift, Repaired: true);
    }
}
