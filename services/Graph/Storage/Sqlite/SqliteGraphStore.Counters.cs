using Social.Graph.Edges;
using Social.Graph.Users;

namespace Social.Graph.Storage.Sqlite;

/// <summary>The reconciler: counts recomputed from the edges (an operations task, never on the request path).</summary>
public sealed partial class SqliteGraphStore
{
    public async Task<CounterReconciliation> ReconcileCountersAsync(bool repair, CancellationToken cancellationToken)
    {
        // A write transaction even for a report: the edges and counts it compares cannot change under it.
        await using var unit = await database.BeginAsync(cancellationToken);
        var drift = new List<CounterDrift>();
        long checkedUsers = 0;
        await using (var command = unit.Command(
            """
            SELECT u.user_id, u.followers_count,
                (SELECT COUNT(*) FROM follows f WHERE f.followee_id = u.user_id),
                u.following_count,
                (SELECT COUNT(*) FROM follows f WHERE f.follower_id = u.user_id)
            FROM users u
            """))
        {
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
        }

        if (repair && drift.Count > 0)
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

        return new CounterReconciliation(checkedUsers, drift, repair && drift.Count > 0);
    }
}
