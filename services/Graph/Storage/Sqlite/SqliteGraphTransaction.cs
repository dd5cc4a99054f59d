using Social.Graph.Domain.Edges;
using Social.Graph.Domain.Policy;
using Social.Graph.Domain.Users;
using Social.KnownUsers.Sqlite;
using Social.Storage.Sqlite;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.Graph.Storage.Sqlite;

/// <summary>The statements of one graph write transaction on SQLite (<c>BEGIN IMMEDIATE</c>: it holds the write lock).</summary>
public sealed class SqliteGraphTransaction(SqliteUnitOfWork unit, DateTimeOffset at)
    : SqliteKnownUsersTransaction(unit, at), IGraphTransaction
{
    // Per kind: the edge table and its (from, to) columns.
    private static readonly Dictionary<EdgeKind, (string Table, string From, string To)> Tables = new()
    {
        [EdgeKind.Follow] = ("follows", "follower_id", "followee_id"),
        [EdgeKind.FollowRequest] = ("follow_requests", "requester_id", "target_id"),
        [EdgeKind.Block] = ("blocks", "blocker_id", "blocked_id"),
        [EdgeKind.Mute] = ("mutes", "muter_id", "muted_id"),
        [EdgeKind.CloseFriend] = ("close_friends", "owner_id", "friend_id"),
    };

    public Task<PolicyFacts> ReadPolicyFactsAsync(Guid actor, Guid target, CancellationToken cancellationToken) =>
        SqliteGraphRows.ReadPolicyFactsAsync(Unit.Connection, Unit.Transaction, actor, target, cancellationToken);

    /// <summary>Nothing to claim: a SQLite write transaction holds the database's one write lock (<c>BEGIN IMMEDIATE</c>).</summary>
    public Task ClaimPairAsync(Guid first, Guid second, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<bool> InsertEdgeAsync(EdgeKind kind, Guid source, Guid target, Guid edgeId, CancellationToken cancellationToken)
    {
        var (table, fromColumn, toColumn) = Tables[kind];
        return await Unit.ExecuteAsync(
            $"INSERT OR IGNORE INTO {table} ({fromColumn}, {toColumn}, edge_id, created_at) VALUES ($a, $b, $edge, $at)",
            cancellationToken,
            ("$a", source.ToString()), ("$b", target.ToString()), ("$edge", edgeId.ToString()), ("$at", Time(At))) == 1;
    }

    public async Task<bool> DeleteEdgeAsync(EdgeKind kind, Guid source, Guid target, CancellationToken cancellationToken)
    {
        var (table, fromColumn, toColumn) = Tables[kind];
        return await Unit.ExecuteAsync(
            $"DELETE FROM {table} WHERE {fromColumn} = $a AND {toColumn} = $b",
            cancellationToken,
            ("$a", source.ToString()), ("$b", target.ToString())) == 1;
    }

    public Task UpsertMuteAsync(Guid muter, Guid muted, Guid edgeId, DateTimeOffset? expiresAt, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            """
            INSERT INTO mutes (muter_id, muted_id, edge_id, created_at, expires_at) VALUES ($a, $b, $edge, $at, $expires)
            ON CONFLICT (muter_id, muted_id) DO UPDATE SET expires_at = excluded.expires_at
            """,
            cancellationToken,
            ("$a", muter.ToString()), ("$b", muted.ToString()), ("$edge", edgeId.ToString()), ("$at", Time(At)),
            ("$expires", expiresAt is { } expiry ? Time(expiry) : null));

    public Task<IReadOnlyList<Guid>> RequestersOfAsync(Guid target, int max, CancellationToken cancellationToken) =>
        ReadIdsAsync(
            "SELECT requester_id FROM follow_requests WHERE target_id = $id ORDER BY edge_id LIMIT $max",
            cancellationToken, ("$id", target.ToString()), ("$max", max));

    public async Task<FollowCountsShard> AdjustCountsAsync(Guid userId, int shard, long followers, long following, CancellationToken cancellationToken) =>
        (await AdjustCountsOfAsync("SELECT $user WHERE true", shard, followers, following, cancellationToken, ("$user", userId.ToString())))[0];

    public Task<IReadOnlyList<FollowCountsShard>> AdjustCountsOfAsync(
        IReadOnlyCollection<Guid> users, int shard, long followers, long following, CancellationToken cancellationToken) =>
        users.Count == 0
            ? Task.FromResult<IReadOnlyList<FollowCountsShard>>([])
            : AdjustCountsOfAsync(
                "SELECT value FROM json_each($users) WHERE true", shard, followers, following, cancellationToken,
                ("$users", System.Text.Json.JsonSerializer.Serialize(users.Select(u => u.ToString()))));

    /// <summary>One statement: the first <paramref name="max"/> edges of the side are found through its index and deleted.</summary>
    public Task<IReadOnlyList<Guid>> DeleteFollowsOfAsync(Guid userId, EdgeList side, int max, CancellationToken cancellationToken)
    {
        var (mine, theirs) = side switch
        {
            EdgeList.Following => ("follower_id", "followee_id"),
            EdgeList.Followers => ("followee_id", "follower_id"),
            _ => throw new ArgumentOutOfRangeException(nameof(side), side, "Only follows have sides."),
        };
        return ReadIdsAsync(
            $"""
            DELETE FROM follows WHERE {mine} = $id AND {theirs} IN (SELECT {theirs} FROM follows WHERE {mine} = $id LIMIT $max)
            RETURNING {theirs}
            """,
            cancellationToken, ("$id", userId.ToString()), ("$max", max));
    }

    public async Task<int> DeleteOtherEdgesOfAsync(Guid userId, int max, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var kind in (EdgeKind[])[EdgeKind.FollowRequest, EdgeKind.Block, EdgeKind.Mute, EdgeKind.CloseFriend])
        {
            var (table, fromColumn, toColumn) = Tables[kind];
            // Each direction through its own index (an OR of the two would scan the table).
            foreach (var (mine, theirs) in new[] { (fromColumn, toColumn), (toColumn, fromColumn) })
            {
                deleted += await Unit.ExecuteAsync(
                    $"DELETE FROM {table} WHERE {mine} = $id AND {theirs} IN (SELECT {theirs} FROM {table} WHERE {mine} = $id LIMIT $max)",
                    cancellationToken, ("$id", userId.ToString()), ("$max", max));
            }
        }

        return deleted;
    }

    public Task DeleteCountsAsync(Guid userId, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync("DELETE FROM follow_counts WHERE user_id = $id", cancellationToken, ("$id", userId.ToString()));

    public Task ScheduleFanOutAsync(PendingFanOut work, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            "INSERT OR IGNORE INTO fan_outs (user_id, kind, scheduled_at) VALUES ($id, $kind, $at)",
            cancellationToken, ("$id", work.UserId.ToString()), ("$kind", (int)work.Kind), ("$at", Time(At)));

    public async Task<PendingFanOut?> NextFanOutAsync(CancellationToken cancellationToken)
    {
        await using var command = Unit.Command("SELECT user_id, kind FROM fan_outs ORDER BY scheduled_at, user_id LIMIT 1");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new PendingFanOut(Guid.Parse(reader.GetString(0)), (FanOutKind)reader.GetInt32(1))
            : null;
    }

    public Task CompleteFanOutAsync(PendingFanOut work, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            "DELETE FROM fan_outs WHERE user_id = $id AND kind = $kind",
            cancellationToken, ("$id", work.UserId.ToString()), ("$kind", (int)work.Kind));

    public async Task<CounterDrift?> ReadCounterAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(SqliteGraphRows.CounterSql + " FROM users u WHERE u.user_id = $id", ("$id", userId.ToString()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? SqliteGraphRows.Counter(reader) : null;
    }

    /// <summary>Adds to one shard of the counts of every user <paramref name="usersQuery"/> selects, in one statement.</summary>
    private async Task<IReadOnlyList<FollowCountsShard>> AdjustCountsOfAsync(
        string usersQuery, int shard, long followers, long following, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        // An upsert from a SELECT needs its WHERE clause to parse; every query here has one.
        await using var command = Unit.Command(
            $"""
            INSERT INTO follow_counts (user_id, shard, followers, following, version)
            SELECT *, $shard, $followers, $following, 1 FROM ({usersQuery}) WHERE true
            ON CONFLICT (user_id, shard) DO UPDATE SET followers = followers + excluded.followers, following = following + excluded.following,
                version = version + 1
            RETURNING user_id, shard, followers, following, version
            """,
            [.. parameters, ("$shard", shard), ("$followers", followers), ("$following", following)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var changed = new List<FollowCountsShard>();
        while (await reader.ReadAsync(cancellationToken))
        {
            changed.Add(SqliteGraphRows.Shard(reader));
        }

        return changed;
    }

    private async Task<IReadOnlyList<Guid>> ReadIdsAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Unit.Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(Guid.Parse(reader.GetString(0)));
        }

        return ids;
    }
}
