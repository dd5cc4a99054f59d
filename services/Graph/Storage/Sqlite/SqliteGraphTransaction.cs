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

    public async Task<IReadOnlyList<Guid>> RequestersOfAsync(Guid target, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            "SELECT requester_id FROM follow_requests WHERE target_id = $id ORDER BY edge_id", ("$id", target.ToString()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var requesters = new List<Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            requesters.Add(Guid.Parse(reader.GetString(reader.GetOrdinal("requester_id"))));
        }

        return requesters;
    }

    public async Task<FollowCounts> AdjustCountsAsync(Guid userId, long followers, long following, CancellationToken cancellationToken) =>
        (await AdjustCountsOfAsync("SELECT $user WHERE true", followers, following, cancellationToken, ("$user", userId.ToString())))[0];

    public Task<IReadOnlyList<FollowCounts>> AdjustCountsOfAsync(
        Guid userId, EdgeList side, long followers, long following, CancellationToken cancellationToken)
    {
        var users = side switch
        {
            EdgeList.Following => "SELECT followee_id FROM follows WHERE follower_id = $user",
            EdgeList.Followers => "SELECT follower_id FROM follows WHERE followee_id = $user",
            _ => throw new ArgumentOutOfRangeException(nameof(side), side, "Counts change only along follows."),
        };
        return AdjustCountsOfAsync(users, followers, following, cancellationToken, ("$user", userId.ToString()));
    }

    public Task DeleteEdgesOfAsync(Guid userId, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            """
            DELETE FROM follows WHERE follower_id = $id OR followee_id = $id;
            DELETE FROM follow_requests WHERE requester_id = $id OR target_id = $id;
            DELETE FROM blocks WHERE blocker_id = $id OR blocked_id = $id;
            DELETE FROM mutes WHERE muter_id = $id OR muted_id = $id;
            DELETE FROM close_friends WHERE owner_id = $id OR friend_id = $id;
            DELETE FROM follow_counts WHERE user_id = $id;
            """,
            cancellationToken,
            ("$id", userId.ToString()));

    public async Task<CounterDrift?> ReadCounterAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(SqliteGraphRows.CounterSql + " FROM users u WHERE u.user_id = $id", ("$id", userId.ToString()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? SqliteGraphRows.Counter(reader) : null;
    }

    /// <summary>Adds to the counts of every user <paramref name="usersQuery"/> selects, in one statement.</summary>
    private async Task<IReadOnlyList<FollowCounts>> AdjustCountsOfAsync(
        string usersQuery, long followers, long following, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        // An upsert from a SELECT needs its WHERE clause to parse; every query here has one.
        await using var command = Unit.Command(
            $"""
            INSERT INTO follow_counts (user_id, followers, following, version)
            SELECT *, $followers, $following, 1 FROM ({usersQuery}) WHERE true
            ON CONFLICT (user_id) DO UPDATE SET followers = followers + excluded.followers, following = following + excluded.following,
                version = version + 1
            RETURNING user_id, followers, following, version
            """,
            [.. parameters, ("$followers", followers), ("$following", following)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var changed = new List<FollowCounts>();
        while (await reader.ReadAsync(cancellationToken))
        {
            changed.Add(SqliteGraphRows.Counts(reader, Guid.Parse(reader.GetString(reader.GetOrdinal("user_id")))));
        }

        return changed;
    }
}
