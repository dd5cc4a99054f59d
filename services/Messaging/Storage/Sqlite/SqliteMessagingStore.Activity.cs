using Social.Messaging.Domain.Activity;
using Social.Storage.Sqlite;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.Messaging.Storage.Sqlite;

/// <summary>The activity inbox's reads on SQLite.</summary>
public sealed partial class SqliteMessagingStore
{
    public async Task<ActivityPage> ListActivityAsync(Guid recipientId, Guid? before, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"""
            SELECT {SqliteActivityRows.EntryColumns} FROM activities
            WHERE recipient_id = $recipient {WhenAfter(before, "AND position < $before")}
            ORDER BY position DESC LIMIT $limit
            """,
            ("$recipient", recipientId.ToString()), ("$before", before?.ToString()), ("$limit", limit + 1));
        var rows = await command.ReadAllAsync(SqliteActivityRows.Entry, cancellationToken);
        var page = rows.Take(limit).ToList();
        return new ActivityPage(page, rows.Count > limit ? page[^1].Position : null);
    }

    public async Task<(long UnseenActivity, IReadOnlyList<UnreadTally> Tallies)> ReadBadgeFactsAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        // One read transaction, so the two numbers are of one moment.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var unseen = connection.Command("SELECT unseen FROM activity_badges WHERE user_id = $user", ("$user", userId.ToString()));
        unseen.Transaction = (Microsoft.Data.Sqlite.SqliteTransaction)transaction;
        var count = await unseen.ExecuteScalarAsync(cancellationToken) is long stored ? stored : 0;
        await using var tallies = connection.Command(SqliteActivityRows.TallySql, ("$user", userId.ToString()));
        tallies.Transaction = (Microsoft.Data.Sqlite.SqliteTransaction)transaction;
        return (count, await tallies.ReadAllAsync(SqliteActivityRows.Tally, cancellationToken));
    }

    public async Task<int> PurgeActivityMarkersAsync(DateTimeOffset before, int max, CancellationToken cancellationToken)
    {
        await using var unit = await Database.BeginAsync(cancellationToken);
        var purged = await unit.ExecuteAsync(
            """
            DELETE FROM activity_causes WHERE (recipient_id, type, object_id, actor_id) IN (
                SELECT recipient_id, type, object_id, actor_id FROM activity_causes WHERE present = 0 AND changed_at < $before ORDER BY changed_at LIMIT $max)
            """,
            cancellationToken,
            ("$before", Time(before)), ("$max", max));
        purged += await unit.ExecuteAsync(
            """
            DELETE FROM activity_removed_objects WHERE object_id IN (
                SELECT object_id FROM activity_removed_objects WHERE removed_at < $before ORDER BY removed_at LIMIT $max)
            """,
            cancellationToken,
            ("$before", Time(before)), ("$max", max));
        await unit.CommitAsync(cancellationToken);
        return purged;
    }
}
