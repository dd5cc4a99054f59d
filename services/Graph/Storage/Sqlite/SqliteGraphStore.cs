using Social.Graph.Domain.Users;
using Social.KnownUsers.Sqlite;
using Social.Storage.Sqlite;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.Graph.Storage.Sqlite;

/// <summary>The SQLite adapter of <see cref="IGraphStore"/>: transactions here, their statements in <see cref="SqliteGraphTransaction"/>, reads beside.</summary>
public sealed partial class SqliteGraphStore(SqliteDatabase database, TimeProvider clock)
    : SqliteKnownUsersStore<IGraphTransaction, SqliteGraphTransaction>(database, clock), IGraphStore
{
    public async Task<FollowCounts?> GetCountsAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        // The user's shards are one range of the primary key: at most FollowCountShards.Count rows.
        await using var command = connection.Command(
            """
            SELECT coalesce(sum(c.followers), 0), coalesce(sum(c.following), 0)
            FROM users u LEFT JOIN follow_counts c ON c.user_id = u.user_id
            WHERE u.user_id = $id
            GROUP BY u.user_id
            """,
            ("$id", userId.ToString()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new FollowCounts(userId, reader.GetInt64(0), reader.GetInt64(1)) : null;
    }

    public async IAsyncEnumerable<CounterDrift> ReadCountersAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // One snapshot (WAL): writers go on meanwhile, and a repair re-reads each user it fixes.
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var snapshot = connection.BeginTransaction(deferred: true);
        await using var command = connection.Command(SqliteGraphRows.CounterSql + " FROM users u");
        command.Transaction = snapshot;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return SqliteGraphRows.Counter(reader);
        }
    }

    protected override SqliteGraphTransaction Begin(SqliteUnitOfWork unit, DateTimeOffset at) => new(unit, at);
}
