using Social.Graph.Edges;
using Social.Graph.Users;

namespace Social.Graph.Storage.Sqlite;

/// <summary>The reconciler: counts recomputed from the edges (an operations task, never on the request path).</summary>
public sealed partial class SqliteGraphStore
{
    public async Task<CounterReconciliation> ReconcileCountersAsync(bool repair, CancellationToken cancellationToken)
    {
        if (!repair)
        {
            // A report reads one snapshot (WAL) and leaves writers alone.
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var read = connection.BeginTransaction(deferred: true);
            var (users, found) = await FindDriftAsync(connection, read, cancellationToken);
            return new CounterReconciliation(users, found, Repaired: false);
        }

        // A repair holds the write lock: the edges it counts cannot change before their counts are stored.
        await using var unit = await database.BeginAsync(cancellationToken);
        var (checkedUsers, drift) = await FindDriftAsync(unit.Connection, unit.Transaction, cancellationToken);
        if (drift.Count > 0)
        {
            var changes = new GraphChanges(timeProvider);
            foreach (var row in drift)
            {
                await AdjustCountsAsync(
                    unit, changes, row.UserId,
                    followers: checked((int)(row.ActualFollowers - row.StoredFollowers)),
                    following: checked((int)(row.ActualFollowing - row.StoredFollowing)),
                    cancellationToken);
            }

            await WriteAsync(unit, changes, cancellationToken);
            await unit.CommitAsync(cancellationToken);
        }

        return new CounterReconciliation(checkedUsers, drift, drift.Count > 0);
    }

    private static async Task<(long Users, List<CounterDrift> Drift)> FindDriftAsync(
        Microsoft.Data.Sqlite.SqliteConnection connection, Microsoft.Data.Sqlite.SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        var drift = new List<CounterDrift>();
        long checkedUsers = 0;
        await using var command = connection.Command(
            """
            SELECT u.user_id, u.followers_count,
                (SELECT COUNT(*) FROM follows f WHERE f.followee_id = u.user_id),
                u.following_count,
                (SELECT COUNT(*) FROM follows f WHERE f.follower_id = u.user_id)
            FROM users u
            """);
        command.Transaction = transaction;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            checkedUsers++;
            var row = new CounterDrift(Guid.Parse(reader.GetString(0)), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
            if (row.StoredFollowers != row.ActualFollowers || row.StoredFollowing != row.ActualFollowing)
            {
                drift.Add(row);
            }
        }

        return (checkedUsers, drift);
    }
}
