using Social.KnownUsers.Sqlite;
using Social.Messaging.Domain.Conversations;
using Social.Messaging.Domain.Messages;
using Social.Relationships.Blocks;
using Social.Relationships.Sqlite;
using Social.Storage;
using Social.Messaging.Domain.Stream;
using Social.Storage.Sqlite;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.Messaging.Storage.Sqlite;

/// <summary>The statements of one Messaging write transaction on SQLite.</summary>
public sealed partial class SqliteMessagingTransaction(SqliteUnitOfWork unit, DateTimeOffset at, IStreamWakeUps wakeUps)
    : SqliteKnownUsersTransaction(unit, at), IMessagingTransaction
{
    public void WakeStreams(IReadOnlyCollection<Guid> userIds) => AfterCommit(() => wakeUps.Wake(userIds));

    public async Task<ConversationRecord?> ReadConversationAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            $"SELECT {SqliteMessagingRows.ConversationColumns} FROM conversations c WHERE c.conversation_id = $id", ("$id", conversationId.ToString()));
        return (await command.ReadAllAsync(SqliteMessagingRows.Conversation, cancellationToken)).SingleOrDefault();
    }

    public Task InsertConversationAsync(ConversationRecord conversation, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            """
            INSERT INTO conversations (conversation_id, is_group, title, created_by, created_at, last_seq, last_activity_at, pair_low, pair_high)
            VALUES ($id, $group, $title, $by, $at, $seq, $activity, $low, $high)
            """,
            cancellationToken,
            ("$id", conversation.ConversationId.ToString()), ("$group", conversation.IsGroup), ("$title", conversation.Title),
            ("$by", conversation.CreatedBy.ToString()), ("$at", Time(conversation.CreatedAt)), ("$seq", conversation.LastSeq),
            ("$activity", Time(conversation.LastActivityAt)), ("$low", conversation.PairLow?.ToString()), ("$high", conversation.PairHigh?.ToString()));

    public Task WriteConversationAsync(ConversationRecord conversation, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            "UPDATE conversations SET title = $title, last_seq = $seq, last_activity_at = $activity WHERE conversation_id = $id",
            cancellationToken,
            ("$id", conversation.ConversationId.ToString()), ("$title", conversation.Title), ("$seq", conversation.LastSeq),
            ("$activity", Time(conversation.LastActivityAt)));

    public async Task<Guid?> ReadDirectAsync(Guid low, Guid high, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            "SELECT conversation_id FROM direct_pairs WHERE pair_low = $low AND pair_high = $high", ("$low", low.ToString()), ("$high", high.ToString()));
        return await command.ExecuteScalarAsync(cancellationToken) is string id ? Guid.Parse(id) : null;
    }

    public async Task<bool> InsertDirectAsync(Guid low, Guid high, Guid conversationId, CancellationToken cancellationToken) =>
        await Unit.ExecuteAsync(
            "INSERT OR IGNORE INTO direct_pairs (pair_low, pair_high, conversation_id) VALUES ($low, $high, $id)",
            cancellationToken,
            ("$low", low.ToString()), ("$high", high.ToString()), ("$id", conversationId.ToString())) == 1;

    public async Task<MemberRecord?> ReadMemberAsync(Guid conversationId, Guid userId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            $"SELECT {SqliteMessagingRows.MemberColumns} FROM members m WHERE m.conversation_id = $conversation AND m.user_id = $user",
            ("$conversation", conversationId.ToString()), ("$user", userId.ToString()));
        return (await command.ReadAllAsync(SqliteMessagingRows.Member, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<MemberRecord>> ReadMembersAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            $"SELECT {SqliteMessagingRows.MemberColumns} FROM members m WHERE m.conversation_id = $conversation ORDER BY m.joined_at, m.user_id",
            ("$conversation", conversationId.ToString()));
        return await command.ReadAllAsync(SqliteMessagingRows.Member, cancellationToken);
    }

    public async Task WriteMembersAsync(IReadOnlyCollection<MemberRecord> members, CancellationToken cancellationToken)
    {
        foreach (var member in members)
        {
            await Unit.ExecuteAsync(
                """
                INSERT OR REPLACE INTO members (conversation_id, user_id, is_admin, folder, muted, read_seq, unread_count, last_activity_at, joined_at, locked)
                VALUES ($conversation, $user, $admin, $folder, $muted, $read, $unread, $activity, $joined, $locked)
                """,
                cancellationToken,
                SqliteMessagingRows.MemberParameters(member));
        }
    }

    public async Task<bool> DeleteMemberAsync(Guid conversationId, Guid userId, CancellationToken cancellationToken) =>
        await Unit.ExecuteAsync(
            "DELETE FROM members WHERE conversation_id = $conversation AND user_id = $user",
            cancellationToken,
            ("$conversation", conversationId.ToString()), ("$user", userId.ToString())) == 1;

    public async Task<IReadOnlyList<Guid>> ConversationsOfAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command("SELECT conversation_id FROM members WHERE user_id = $user", ("$user", userId.ToString()));
        return await command.ReadAllAsync(reader => Guid.Parse(reader.GetString(0)), cancellationToken);
    }

    public async Task<MessageRecord?> ReadMessageAsync(Guid messageId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command($"{SqliteMessagingRows.MessageSql} WHERE message_id = $id", ("$id", messageId.ToString()));
        return (await command.ReadAllAsync(SqliteMessagingRows.Message, cancellationToken)).SingleOrDefault();
    }

    public async Task<MessageRecord?> ReadMessageByClientIdAsync(Guid conversationId, Guid senderId, string clientMessageId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            $"{SqliteMessagingRows.MessageSql} WHERE conversation_id = $conversation AND sender_id = $sender AND client_message_id = $client",
            ("$conversation", conversationId.ToString()), ("$sender", senderId.ToString()), ("$client", clientMessageId));
        return (await command.ReadAllAsync(SqliteMessagingRows.Message, cancellationToken)).SingleOrDefault();
    }

    public Task InsertMessageAsync(MessageRecord message, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            """
            INSERT INTO messages (conversation_id, seq, message_id, sender_id, client_message_id, text, reply_to, story_id, content_id, created_at, edited_at, deleted)
            VALUES ($conversation, $seq, $id, $sender, $client, $text, $reply, $story, $content, $at, $edited, $deleted)
            """,
            cancellationToken,
            ("$conversation", message.ConversationId.ToString()), ("$seq", message.Seq), ("$id", message.MessageId.ToString()),
            ("$sender", message.SenderId.ToString()), ("$client", message.ClientMessageId), ("$text", message.Text),
            ("$reply", message.ReplyTo?.ToString()), ("$story", message.StoryId?.ToString()), ("$content", message.ContentId?.ToString()),
            ("$at", Time(message.CreatedAt)), ("$edited", message.EditedAt is { } edited ? Time(edited) : null), ("$deleted", message.Deleted));

    public Task ReplaceMessageAsync(MessageRecord message, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            "UPDATE messages SET text = $text, edited_at = $edited, deleted = $deleted WHERE message_id = $id",
            cancellationToken,
            ("$id", message.MessageId.ToString()), ("$text", message.Text), ("$edited", message.EditedAt is { } edited ? Time(edited) : null),
            ("$deleted", message.Deleted));

    public async Task<long> CountUnreadAsync(Guid conversationId, Guid readerId, long afterSeq, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            "SELECT count(*) FROM messages WHERE conversation_id = $conversation AND seq > $after AND sender_id <> $reader AND deleted = 0",
            ("$conversation", conversationId.ToString()), ("$after", afterSeq), ("$reader", readerId.ToString()));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public Task UnsendAllByAsync(Guid senderId, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            """
            DELETE FROM message_edits WHERE message_id IN (SELECT message_id FROM messages WHERE sender_id = $sender);
            DELETE FROM reactions WHERE message_id IN (SELECT message_id FROM messages WHERE sender_id = $sender);
            UPDATE messages SET text = NULL, deleted = 1 WHERE sender_id = $sender;
            """,
            cancellationToken,
            ("$sender", senderId.ToString()));

    public Task InsertEditAsync(MessageEdit edit, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            "INSERT INTO message_edits (edit_id, message_id, text, replaced_at) VALUES ($id, $message, $text, $at)",
            cancellationToken,
            ("$id", edit.EditId.ToString()), ("$message", edit.MessageId.ToString()), ("$text", edit.Text), ("$at", Time(edit.ReplacedAt)));

    public Task DeleteEditsAndReactionsAsync(Guid messageId, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            "DELETE FROM message_edits WHERE message_id = $id; DELETE FROM reactions WHERE message_id = $id;", cancellationToken, ("$id", messageId.ToString()));

    public async Task<bool> InsertReactionAsync(MessageRecord message, Guid userId, string emoji, CancellationToken cancellationToken) =>
        await Unit.ExecuteAsync(
            """
            INSERT OR IGNORE INTO reactions (message_id, emoji, user_id, conversation_id, reacted_at)
            VALUES ($message, $emoji, $user, $conversation, $at)
            """,
            cancellationToken,
            ("$message", message.MessageId.ToString()), ("$emoji", emoji), ("$user", userId.ToString()),
            ("$conversation", message.ConversationId.ToString()), ("$at", Time(At))) == 1;

    public async Task<bool> DeleteReactionAsync(Guid messageId, Guid userId, string emoji, CancellationToken cancellationToken) =>
        await Unit.ExecuteAsync(
            "DELETE FROM reactions WHERE message_id = $message AND emoji = $emoji AND user_id = $user",
            cancellationToken,
            ("$message", messageId.ToString()), ("$emoji", emoji), ("$user", userId.ToString())) == 1;

    public Task DeleteReactionsByAsync(Guid userId, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync("DELETE FROM reactions WHERE user_id = $user", cancellationToken, ("$user", userId.ToString()));

    // The block replica and the idempotency keys are shared plumbing: their statements live beside their tables.
    public Task<BlockState?> ReadBlockAsync(Guid blockerId, Guid blockedId, CancellationToken cancellationToken) =>
        Unit.ReadBlockAsync(blockerId, blockedId, cancellationToken);

    public Task WriteBlockAsync(BlockState state, CancellationToken cancellationToken) => Unit.WriteBlockAsync(state, cancellationToken);

    public Task DeleteBlocksOfAsync(Guid userId, CancellationToken cancellationToken) => Unit.DeleteBlocksOfAsync(userId, cancellationToken);

    public Task<bool> InsertIdempotencyKeyAsync(StoredIdempotencyKey key, CancellationToken cancellationToken) =>
        Unit.InsertIdempotencyKeyAsync(key, cancellationToken);

    public Task DeleteIdempotencyKeysOfAsync(Guid ownerId, CancellationToken cancellationToken) =>
        Unit.DeleteIdempotencyKeysOfAsync(ownerId, cancellationToken);

    public async Task AppendToStreamsAsync(IReadOnlyCollection<Guid> userIds, StreamItem item, CancellationToken cancellationToken)
    {
        foreach (var userId in userIds)
        {
            await using var head = Unit.Command(
                """
                INSERT INTO stream_heads (user_id, position) VALUES ($user, 1)
                ON CONFLICT (user_id) DO UPDATE SET position = position + 1
                RETURNING position
                """,
                ("$user", userId.ToString()));
            var position = (long)(await head.ExecuteScalarAsync(cancellationToken))!;
            await Unit.ExecuteAsync(
                """
                INSERT INTO stream_entries (user_id, position, type, conversation_id, message_id, seq, subject_id, emoji, change, created_at,
                                            unread_messages, message_requests, unseen_activity)
                VALUES ($user, $position, $type, $conversation, $message, $seq, $subject, $emoji, $change, $at, $unread, $requests, $unseen)
                """,
                cancellationToken,
                ("$user", userId.ToString()), ("$position", position), ("$type", item.Type), ("$conversation", item.ConversationId.ToString()),
                ("$message", item.MessageId?.ToString()), ("$seq", item.Seq), ("$subject", item.UserId?.ToString()), ("$emoji", item.Emoji),
                ("$change", item.Change), ("$at", Time(At)), ("$unread", item.Badges?.UnreadMessages), ("$requests", item.Badges?.MessageRequests),
                ("$unseen", item.Badges?.UnseenActivity));
        }
    }

    public async Task DeleteStreamOfAsync(Guid userId, CancellationToken cancellationToken)
    {
        await Unit.ExecuteAsync("DELETE FROM stream_entries WHERE user_id = $user", cancellationToken, ("$user", userId.ToString()));
        await Unit.ExecuteAsync("DELETE FROM stream_heads WHERE user_id = $user", cancellationToken, ("$user", userId.ToString()));
        await Unit.ExecuteAsync("DELETE FROM stream_tickets WHERE user_id = $user", cancellationToken, ("$user", userId.ToString()));
    }

    public Task InsertStreamTicketAsync(StoredStreamTicket ticket, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            "INSERT INTO stream_tickets (ticket_hash, user_id, expires_at) VALUES ($hash, $user, $expires)",
            cancellationToken,
            ("$hash", ticket.Hash), ("$user", ticket.UserId.ToString()), ("$expires", Time(ticket.ExpiresAt)));

    public async Task<StoredStreamTicket?> TakeStreamTicketAsync(string hash, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command("DELETE FROM stream_tickets WHERE ticket_hash = $hash RETURNING user_id, expires_at", ("$hash", hash));
        var rows = await command.ReadAllAsync(reader => new StoredStreamTicket(hash, Guid.Parse(reader.GetString(0)), ParseTime(reader.GetString(1))), cancellationToken);
        return rows.SingleOrDefault();
    }
}
