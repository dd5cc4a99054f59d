using Microsoft.Data.Sqlite;
using Social.Graph.Domain.Edges;
using Social.Graph.Domain.Policy;
using Social.Graph.Domain.Relationships;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.Graph.Storage.Sqlite;

/// <summary>Lists, relationships and policy facts: index ranges and point lookups only.</summary>
public sealed partial class SqliteGraphStore
{
    // Per list: the edge table, the column of the list's owner and of the other user, and any extra condition.
    private static readonly Dictionary<EdgeList, (string Table, string Owner, string Other, string Filter)> Lists = new()
    {
        [EdgeList.Followers] = ("follows", "followee_id", "follower_id", string.Empty),
        [EdgeList.Following] = ("follows", "follower_id", "followee_id", string.Empty),
        [EdgeList.FollowRequests] = ("follow_requests", "target_id", "requester_id", string.Empty),
        [EdgeList.Blocks] = ("blocks", "blocker_id", "blocked_id", string.Empty),
        [EdgeList.Mutes] = ("mutes", "muter_id", "muted_id", "AND (e.expires_at IS NULL OR e.expires_at > $now)"),
        [EdgeList.CloseFriends] = ("close_friends", "owner_id", "friend_id", string.Empty),
    };

    public async Task<EdgePage> ListAsync(EdgeList list, Guid owner, Guid? viewer, Guid? after, int limit, CancellationToken cancellationToken)
    {
        var (table, ownerColumn, otherColumn, filter) = Lists[list];
        if (viewer is not null && viewer != owner && list is EdgeList.Followers or EdgeList.Following)
        {
            // Two primary-key probes per row: the page stays one index range.
            filter += $"""
                 AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = e.{otherColumn} AND b.blocked_id = $viewer)
                 AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = $viewer AND b.blocked_id = e.{otherColumn})
                """;
        }

        var expires = list == EdgeList.Mutes ? "e.expires_at" : "NULL";
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"""
            SELECT e.edge_id, e.{otherColumn}, u.handle, e.created_at, {expires}
            FROM {table} e JOIN users u ON u.user_id = e.{otherColumn}
            WHERE e.{ownerColumn} = $owner {WhenAfter(after, "AND e.edge_id < $after")} {filter}
            ORDER BY e.edge_id DESC
            LIMIT $take
            """,
            ("$owner", owner.ToString()), ("$viewer", viewer?.ToString()), ("$after", after?.ToString()), ("$now", Time(Clock.GetUtcNow())),
            ("$take", limit + 1));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<Edge>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new Edge(
                Guid.Parse(reader.GetString(0)),
                Guid.Parse(reader.GetString(1)),
                reader.GetString(2),
                ParseTime(reader.GetString(3)),
                reader.IsDBNull(4) ? null : ParseTime(reader.GetString(4))));
        }

        // One row more than asked says whether another page exists, without counting.
        return items.Count > limit ? new EdgePage(items[..limit], items[limit - 1].EdgeId) : new EdgePage(items, null);
    }

    public async Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(Guid viewer, IReadOnlyCollection<Guid> users, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        var (list, parameters) = InList(users);
        (string, object?)[] all = [.. parameters, ("$v", viewer.ToString()), ("$now", Time(Clock.GetUtcNow()))];
        var following = await IdsAsync(connection, $"SELECT followee_id FROM follows WHERE follower_id = $v AND followee_id IN ({list})", all, cancellationToken);
        var followedBy = await IdsAsync(connection, $"SELECT follower_id FROM follows WHERE followee_id = $v AND follower_id IN ({list})", all, cancellationToken);
        var requested = await IdsAsync(connection, $"SELECT target_id FROM follow_requests WHERE requester_id = $v AND target_id IN ({list})", all, cancellationToken);
        var blocking = await IdsAsync(connection, $"SELECT blocked_id FROM blocks WHERE blocker_id = $v AND blocked_id IN ({list})", all, cancellationToken);
        var blockedBy = await IdsAsync(connection, $"SELECT blocker_id FROM blocks WHERE blocked_id = $v AND blocker_id IN ({list})", all, cancellationToken);
        var muting = await IdsAsync(
            connection, $"SELECT muted_id FROM mutes WHERE muter_id = $v AND muted_id IN ({list}) AND (expires_at IS NULL OR expires_at > $now)", all, cancellationToken);
        var closeFriends = await IdsAsync(connection, $"SELECT friend_id FROM close_friends WHERE owner_id = $v AND friend_id IN ({list})", all, cancellationToken);
        var theirCloseFriend = await IdsAsync(connection, $"SELECT owner_id FROM close_friends WHERE friend_id = $v AND owner_id IN ({list})", all, cancellationToken);
        return users
            .Select(id => new Relationship(
                id, following.Contains(id), followedBy.Contains(id), requested.Contains(id), blocking.Contains(id), blockedBy.Contains(id),
                muting.Contains(id), closeFriends.Contains(id), theirCloseFriend.Contains(id)))
            .ToList();
    }

    public async Task<PolicyFacts> GetPolicyFactsAsync(Guid actor, Guid target, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        return await SqliteGraphRows.ReadPolicyFactsAsync(connection, null, actor, target, cancellationToken);
    }

    private static async Task<HashSet<Guid>> IdsAsync(
        SqliteConnection connection, string sql, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new HashSet<Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(Guid.Parse(reader.GetString(0)));
        }

        return ids;
    }
}
