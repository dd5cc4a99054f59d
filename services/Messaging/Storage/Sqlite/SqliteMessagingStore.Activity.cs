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

    public async Task<Badges> BadgesAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command(SqliteActivityRows.BadgesSql, ("$user", userId.ToString()));
        return (await command.ReadAllAsync(SqliteActivityRows.Badges, cancellationToken)).SingleOrDefault() ?? new Badges(0, 0, 0);
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
