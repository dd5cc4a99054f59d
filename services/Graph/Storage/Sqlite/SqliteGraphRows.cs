using Microsoft.Data.Sqlite;
using Social.Graph.Domain.Policy;
using Social.Graph.Domain.Users;
using Social.KnownUsers;
using Social.KnownUsers.Sqlite;
using Social.Storage.Sqlite;

namespace Social.Graph.Storage.Sqlite;

/// <summary>Queries and row readers shared by the store's reads and the transaction's.</summary>
internal static class SqliteGraphRows
{
    /// <summary>
    /// The stored counts (the sums of the shards) and the actual counts of the users of <c>u</c>; the caller adds
    /// <c>FROM</c> and <c>WHERE</c>.
    /// </summary>
    public const string CounterSql = """
        SELECT u.user_id AS user_id,
            coalesce((SELECT sum(followers) FROM follow_counts c WHERE c.user_id = u.user_id), 0) AS stored_followers,
            (SELECT COUNT(*) FROM follows f WHERE f.followee_id = u.user_id) AS actual_followers,
            coalesce((SELECT sum(following) FROM follow_counts c WHERE c.user_id = u.user_id), 0) AS stored_following,
            (SELECT COUNT(*) FROM follows f WHERE f.follower_id = u.user_id) AS actual_following
        """;

    public static FollowCountsShard Shard(SqliteDataReader reader) => new(
        Guid.Parse(reader.GetString(reader.GetOrdinal("user_id"))),
        reader.GetInt32(reader.GetOrdinal("shard")),
        reader.GetInt64(reader.GetOrdinal("followers")),
        reader.GetInt64(reader.GetOrdinal("following")),
        reader.GetInt64(reader.GetOrdinal("version")));

    public static CounterDrift Counter(SqliteDataReader reader) => new(
        Guid.Parse(reader.GetString(reader.GetOrdinal("user_id"))),
        reader.GetInt64(reader.GetOrdinal("stored_followers")),
        reader.GetInt64(reader.GetOrdinal("actual_followers")),
        reader.GetInt64(reader.GetOrdinal("stored_following")),
        reader.GetInt64(reader.GetOrdinal("actual_following")));

    /// <summary>Point lookups only: the cost does not depend on how many edges exist.</summary>
    public static async Task<PolicyFacts> ReadPolicyFactsAsync(
        SqliteConnection connection, SqliteTransaction? transaction, Guid actor, Guid target, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            """
            SELECT
                EXISTS (SELECT 1 FROM users WHERE user_id = $a) AS actor_exists,
                EXISTS (SELECT 1 FROM users WHERE user_id = $b) AS target_exists,
                EXISTS (SELECT 1 FROM blocks WHERE blocker_id = $a AND blocked_id = $b) AS actor_blocks,
                EXISTS (SELECT 1 FROM blocks WHERE blocker_id = $b AND blocked_id = $a) AS target_blocks,
                EXISTS (SELECT 1 FROM follows WHERE follower_id = $a AND followee_id = $b) AS actor_follows,
                EXISTS (SELECT 1 FROM follows WHERE follower_id = $b AND followee_id = $a) AS target_follows
            """,
            ("$a", actor.ToString()), ("$b", target.ToString()));
        command.Transaction = transaction;
        PolicyFacts facts;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            facts = new PolicyFacts(
                reader.GetBoolean(reader.GetOrdinal("actor_exists")),
                reader.GetBoolean(reader.GetOrdinal("target_exists")),
                reader.GetBoolean(reader.GetOrdinal("actor_blocks")),
                reader.GetBoolean(reader.GetOrdinal("target_blocks")),
                reader.GetBoolean(reader.GetOrdinal("actor_follows")),
                reader.GetBoolean(reader.GetOrdinal("target_follows")),
                UserSettings.DefaultsFor(target));
        }

        var settings = await SqliteKnownUsersReads.ReadSettingsAsync(connection, transaction, target, cancellationToken);
        return settings is null ? facts : facts with { TargetSettings = settings };
    }
}
