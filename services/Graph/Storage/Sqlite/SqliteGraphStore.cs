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
        await using var command = connection.Command(
            """
            SELECT coalesce(c.followers, 0) AS followers, coalesce(c.following, 0) AS following, coalesce(c.version, 0) AS version
            FROM users u LEFT JOIN follow_counts c ON c.user_id = u.user_id
            WHERE u.user_id = $id
            """,
            ("$id", userId.ToString()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? SqliteGraphRows.Counts(reader, userId) : null;
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
