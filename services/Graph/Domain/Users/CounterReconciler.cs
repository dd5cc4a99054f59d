using Social.Graph.Domain.Edges;
using Social.Graph.Storage;

namespace Social.Graph.Domain.Users;

/// <summary>
/// Recomputes every user's counts from the edges (an operations task, never on the request path). A repair re-reads
/// each drifted user in a transaction of their own, so an edge committed since the scan is counted, and a large graph
/// never needs one long transaction.
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

                var counts = await transaction.AdjustCountsAsync(
                    now.UserId, now.ActualFollowers - now.StoredFollowers, now.ActualFollowing - now.StoredFollowing, ct);
                new GraphChanges(transaction, clock).CountsChanged(counts);
                return true;
            }, cancellationToken);
        }

        return new CounterReconciliation(usersChecked, drift, Repaired: true);
    }
}
