using MongoDB.Driver;
using Social.Graph.Edges;
using Social.Graph.Users;

namespace Social.Graph.Storage.MongoDb;

/// <summary>The reconciler: counts recomputed from the edges (an operations task, never on the request path).</summary>
public sealed partial class MongoGraphStore
{
    private const int ReconcileBatchSize = 1000;

    public async Task<CounterReconciliation> ReconcileCountersAsync(bool repair, CancellationToken cancellationToken)
    {
        var drift = new List<CounterDrift>();
        long checkedUsers = 0;

        // Pages by _id rather than one long cursor: the checks between reads could outlast the server's idle cursor timeout.
        var last = string.Empty;
        while (true)
        {
            var page = await Users.Find(Builders<GraphUserDocument>.Filter.Gt(u => u.Id, last))
                .SortBy(u => u.Id)
                .Limit(ReconcileBatchSize)
                .Project(u => u.Id)
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            foreach (var userId in page)
            {
                var (found, row) = await ReconcileAsync(userId, repair, cancellationToken);
                checkedUsers += found ? 1 : 0;
                if (row is not null)
                {
                    drift.Add(row);
                }
            }

            last = page[^1];
        }

        return new CounterReconciliation(checkedUsers, drift, repair && drift.Count > 0);
    }

    /// <summary>
    /// One user, in a transaction of their own: its snapshot holds the stored counts and the edges still, and a follow
    /// committed meanwhile conflicts with the repair, which then runs again. One transaction for all users would
    /// outlive the server's limit on a large graph.
    /// </summary>
    private async Task<(bool Found, CounterDrift? Drift)> ReconcileAsync(string userId, bool repair, CancellationToken cancellationToken)
    {
        (bool Found, CounterDrift? Drift) outcome = default;
        await context.InTransactionAsync(
            async (session, ct) =>
            {
                outcome = default;
                var user = await Users.Find(session, u => u.Id == userId).FirstOrDefaultAsync(ct);
                if (user is null)
                {
                    return null; // Removed since the scan began.
                }

                var row = new CounterDrift(
                    Guid.Parse(userId),
                    user.FollowersCount,
                    await Follows.CountDocumentsAsync(session, f => f.FolloweeId == userId, cancellationToken: ct),
                    user.FollowingCount,
                    await Follows.CountDocumentsAsync(session, f => f.FollowerId == userId, cancellationToken: ct));
                var drifted = row.StoredFollowers != row.ActualFollowers || row.StoredFollowing != row.ActualFollowing;
                outcome = (true, drifted ? row : null);
                if (!drifted || !repair)
                {
                    return null; // Nothing to write.
                }

                var changes = new GraphChanges(timeProvider);
                await AdjustCountsAsync(
                    session, changes, row.UserId,
                    followers: row.ActualFollowers - row.StoredFollowers,
                    following: row.ActualFollowing - row.StoredFollowing,
                    ct);
                return changes.Messages;
            },
            cancellationToken);
        return outcome;
    }
}
