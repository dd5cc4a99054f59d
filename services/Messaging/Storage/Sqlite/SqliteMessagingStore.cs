using Social.KnownUsers.Sqlite;
using Social.Messaging.Domain.Activity;
using Social.Messaging.Domain.Conversations;
using Social.Messaging.Domain.Messages;
using Social.Storage;
using Social.Messaging.Domain.Stream;
using Social.Storage.Sqlite;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.Messaging.Storage.Sqlite;

/// <summary>The SQLite adapter of <see cref="IMessagingStore"/>: reads here, transaction statements in <see cref="SqliteMessagingTransaction"/>.</summary>
public sealed partial class SqliteMessagingStore(SqliteDatabase database, TimeProvider clock, IStreamWakeUps wakeUps)
    : SqliteKnownUsersStore<IMessagingTransaction, SqliteMessagingTransaction>(database, clock), IMessagingStore
{
    public async Task<ConversationRecord?> FindConversationAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT {SqliteMessagingRows.ConversationColumns} FROM conversations c WHERE c.conversation_id = $id", ("$id", conversationId.ToString()));
        return (await command.ReadAllAsync(SqliteMessagingRows.Conversation, cancellationToken)).SingleOrDefault();
    }

    public async Task<MemberRecord?> FindMemberAsync(Guid conversationId, Guid userId, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT {SqliteMessagingRows.MemberColumns} FROM members m WHERE m.conversation_id = $conversation AND m.user_id = $user",
            ("$conversation", conversationId.ToString()), ("$user", userId.ToString()));
        return (await command.ReadAllAsync(SqliteMessagingRows.Member, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<MemberRecord>>> MembersOfAsync(IReadOnlyCollection<Guid> conversationIds, CancellationToken cancellationToken)
    {
        if (conversationIds.Count == 0)
        {
            return new Dictionary<Guid, IReadOnlyList<MemberRecord>>();
        }

        var (list, parameters) = InList(conversationIds);
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT {SqliteMessagingRows.MemberColumns} FROM members m WHERE m.conversation_id IN ({list}) ORDER BY m.joined_at, m.user_id", parameters);
        var rows = await command.ReadAllAsync(SqliteMessagingRows.Member, cancellationToken);
        return rows.GroupBy(m => m.ConversationId).ToDictionary(g => g.Key, g => (IReadOnlyList<MemberRecord>)[.. g]);
    }

    public async Task<ConversationEntryPage> ListConversationsAsync(Guid userId, string folder, ActivityPosition? after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"""
            SELECT {SqliteMessagingRows.MemberColumns}, {SqliteMessagingRows.ConversationColumns}
            FROM members m JOIN conversations c ON c.conversation_id = m.conversation_id
            WHERE m.user_id = $user AND m.folder = $folder AND m.locked = 0
              {WhenAfter(after, "AND (m.last_activity_at, m.conversation_id) < ($at, $id)")}
            ORDER BY m.last_activity_at DESC, m.conversation_id DESC
            LIMIT $limit
            """,
            ("$user", userId.ToString()), ("$folder", folder), ("$at", after is null ? null : Time(after.At)), ("$id", after?.ConversationId.ToString()),
            ("$limit", limit + 1));
        var rows = await command.ReadAllAsync(reader => new ConversationEntry(SqliteMessagingRows.Member(reader), SqliteMessagingRows.Conversation(reader, SqliteMessagingRows.MemberColumnCount)), cancellationToken);
        var page = rows.Take(limit).ToList();
        return new ConversationEntryPage(page, rows.Count > limit ? new ActivityPosition(page[^1].Me.LastActivityAt, page[^1].Me.ConversationId) : null);
    }

    public async Task<MessageRecord?> FindMessageAsync(Guid messageId, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"{SqliteMessagingRows.MessageSql} WHERE message_id = $id", ("$id", messageId.ToString()));
        return (await command.ReadAllAsync(SqliteMessagingRows.Message, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<MessageRecord>> FindMessagesAtAsync(IReadOnlyCollection<(Guid ConversationId, long Seq)> positions, CancellationToken cancellationToken)
    {
        if (positions.Count == 0)
        {
            return [];
        }

        var parameters = positions.SelectMany((p, i) => new[] { ($"$c{i}", (object?)p.ConversationId.ToString()), ($"$s{i}", (object?)p.Seq) }).ToArray();
        var conditions = string.Join(" OR ", positions.Select((_, i) => $"(conversation_id = $c{i} AND seq = $s{i})"));
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"{SqliteMessagingRows.MessageSql} WHERE {conditions}", parameters);
        return await command.ReadAllAsync(SqliteMessagingRows.Message, cancellationToken);
    }

    public async Task<MessagePage> ListMessagesAsync(Guid conversationId, long? beforeSeq, long? afterSeq, int limit, CancellationToken cancellationToken)
    {
        var forward = afterSeq is not null;
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            forward
                ? $"{SqliteMessagingRows.MessageSql} WHERE conversation_id = $conversation AND seq > $after ORDER BY seq LIMIT $limit"
                : $"{SqliteMessagingRows.MessageSql} WHERE conversation_id = $conversation {WhenAfter(beforeSeq, "AND seq < $before")} ORDER BY seq DESC LIMIT $limit",
            ("$conversation", conversationId.ToString()), ("$after", afterSeq), ("$before", beforeSeq), ("$limit", limit + 1));
        var rows = await command.ReadAllAsync(SqliteMessagingRows.Message, cancellationToken);
        var page = rows.Take(limit).ToList();
        if (!forward)
        {
            page.Reverse();
        }

        return new MessagePage(page, rows.Count > limit);
    }

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<ReactionSummary>>> ReactionsOfAsync(Guid viewer, IReadOnlyCollection<Guid> messageIds, CancellationToken cancellationToken)
    {
        if (messageIds.Count == 0)
        {
            return new Dictionary<Guid, IReadOnlyList<ReactionSummary>>();
        }

        var (list, parameters) = InList(messageIds);
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"""
            SELECT message_id, emoji, count(*), max(user_id = $viewer), min(reacted_at) AS first_at
            FROM reactions WHERE message_id IN ({list})
            GROUP BY message_id, emoji
            ORDER BY message_id, first_at, emoji
            """,
            [("$viewer", viewer.ToString()), .. parameters]);
        var rows = await command.ReadAllAsync(
            reader => (MessageId: Guid.Parse(reader.GetString(0)), Summary: new ReactionSummary(reader.GetString(1), reader.GetInt64(2), reader.GetBoolean(3))),
            cancellationToken);
        return rows.GroupBy(r => r.MessageId).ToDictionary(g => g.Key, g => (IReadOnlyList<ReactionSummary>)[.. g.Select(r => r.Summary)]);
    }

    public async Task<MessageEditPage> ListEditsAsync(Guid messageId, Guid? after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"""
            SELECT edit_id, message_id, text, replaced_at FROM message_edits
            WHERE message_id = $message {WhenAfter(after, "AND edit_id < $after")}
            ORDER BY edit_id DESC
            LIMIT $limit
            """,
            ("$message", messageId.ToString()), ("$after", after?.ToString()), ("$limit", limit + 1));
        var rows = await command.ReadAllAsync(
            reader => new MessageEdit(Guid.Parse(reader.GetString(0)), Guid.Parse(reader.GetString(1)), reader.GetString(2), ParseTime(reader.GetString(3))),
            cancellationToken);
        var page = rows.Take(limit).ToList();
        return new MessageEditPage(page, rows.Count > limit ? page[^1].EditId : null);
    }

    public async Task<IReadOnlyDictionary<Guid, string>> HandlesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        if (userIds.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        var (list, parameters) = InList(userIds);
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT user_id, handle FROM users WHERE user_id IN ({list})", parameters);
        var rows = await command.ReadAllAsync(reader => (Id: Guid.Parse(reader.GetString(0)), Handle: reader.GetString(1)), cancellationToken);
        return rows.ToDictionary(r => r.Id, r => r.Handle);
    }

    public async Task<StoredIdempotencyKey?> FindIdempotencyKeyAsync(Guid ownerId, string key, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        return await connection.FindIdempotencyKeyAsync(ownerId, key, cancellationToken);
    }

    public async Task<IReadOnlyList<StreamEntry>> ReadStreamAsync(Guid userId, long after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            """
            SELECT position, type, conversation_id, message_id, seq, subject_id, emoji, change, created_at, unread_messages, message_requests, unseen_activity
            FROM stream_entries WHERE user_id = $user AND position > $after ORDER BY position LIMIT $limit
            """,
            ("$user", userId.ToString()), ("$after", after), ("$limit", limit));
        return await command.ReadAllAsync(
            reader => new StreamEntry(
                reader.GetInt64(0),
                new StreamItem(
                    reader.GetString(1),
                    Guid.Parse(reader.GetString(2)),
                    reader.IsDBNull(3) ? null : Guid.Parse(reader.GetString(3)),
                    reader.IsDBNull(4) ? null : reader.GetInt64(4),
                    reader.IsDBNull(5) ? null : Guid.Parse(reader.GetString(5)),
                    reader.IsDBNull(6) ? null : reader.GetString(6),
                    reader.IsDBNull(7) ? null : reader.GetString(7),
                    reader.IsDBNull(11) ? null : new Badges(reader.GetInt64(9), reader.GetInt64(10), reader.GetInt64(11))),
                ParseTime(reader.GetString(8))),
            cancellationToken);
    }

    public async Task<StreamBounds> StreamBoundsAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            """
            SELECT (SELECT position FROM stream_heads WHERE user_id = $user),
                   (SELECT position FROM stream_entries WHERE user_id = $user ORDER BY position LIMIT 1)
            """,
            ("$user", userId.ToString()));
        var rows = await command.ReadAllAsync(
            reader => new StreamBounds(reader.IsDBNull(0) ? 0 : reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1)), cancellationToken);
        return rows.Single();
    }

    public Task<int> PurgeStreamAsync(DateTimeOffset before, int max, CancellationToken cancellationToken) =>
        PurgeAsync(
            """
            DELETE FROM stream_entries WHERE (user_id, position) IN (
                SELECT user_id, position FROM stream_entries WHERE created_at < $before ORDER BY created_at LIMIT $max)
            """,
            before,
            max,
            cancellationToken);

    public Task<int> PurgeStreamTicketsAsync(DateTimeOffset before, int max, CancellationToken cancellationToken) =>
        PurgeAsync(
            """
            DELETE FROM stream_tickets WHERE ticket_hash IN (
                SELECT ticket_hash FROM stream_tickets WHERE expires_at < $before ORDER BY expires_at LIMIT $max)
            """,
            before,
            max,
            cancellationToken);

    private async Task<int> PurgeAsync(string sql, DateTimeOffset before, int max, CancellationToken cancellationToken)
    {
        await using var unit = await Database.BeginAsync(cancellationToken);
        var purged = await unit.ExecuteAsync(sql, cancellationToken, ("$before", Time(before)), ("$max", max));
        await unit.CommitAsync(cancellationToken);
        return purged;
    }

    protected override SqliteMessagingTransaction Begin(SqliteUnitOfWork unit, DateTimeOffset at) => new(unit, at, wakeUps);
}
