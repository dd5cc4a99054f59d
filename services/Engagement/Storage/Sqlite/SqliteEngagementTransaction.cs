using Social.Engagement.Domain.Blocks;
using Social.Engagement.Domain.Content;
using Social.Engagement.Domain.Counters;
using Social.Engagement.Domain.Likes;
using Social.KnownUsers.Sqlite;
using Social.Storage.Sqlite;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.Engagement.Storage.Sqlite;

/// <summary>The statements of one Engagement write transaction on SQLite.</summary>
public sealed class SqliteEngagementTransaction(SqliteUnitOfWork unit, DateTimeOffset at)
    : SqliteKnownUsersTransaction(unit, at), IEngagementTransaction
{
    public async Task<ContentRecord?> ReadContentAsync(Guid contentId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command($"{SqliteEngagementRows.ContentSql} WHERE c.content_id = $id", ("$id", contentId.ToString()));
        return (await command.ReadAllAsync(SqliteEngagementRows.Content, cancellationToken)).SingleOrDefault();
    }

    public async Task<bool> InsertContentAsync(ContentRecord content, CancellationToken cancellationToken) =>
        await Unit.ExecuteAsync(
            """
            INSERT OR IGNORE INTO content (content_id, owner_id, media_url, caption, audience, comments_enabled, created_at)
            VALUES ($id, $owner, $media, $caption, $audience, $comments, $at)
            """,
            cancellationToken,
            ("$id", content.ContentId.ToString()), ("$owner", content.OwnerId.ToString()), ("$media", content.MediaUrl),
            ("$caption", content.Caption), ("$audience", content.Audience), ("$comments", content.CommentsEnabled),
            ("$at", Time(content.CreatedAt))) == 1;

    public async Task<long> DeleteContentAsync(Guid contentId, CancellationToken cancellationToken)
    {
        var id = contentId.ToString();
        var likes = await Unit.ExecuteAsync("DELETE FROM likes WHERE content_id = $id", cancellationToken, ("$id", id));
        await Unit.ExecuteAsync(
            "DELETE FROM like_counts WHERE content_id = $id; DELETE FROM content WHERE content_id = $id;", cancellationToken, ("$id", id));
        return likes;
    }

    public async Task<IReadOnlyList<Guid>> ContentOfAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command("SELECT content_id FROM content WHERE owner_id = $owner", ("$owner", ownerId.ToString()));
        return await command.ReadAllAsync(reader => Guid.Parse(reader.GetString(0)), cancellationToken);
    }

    public async Task<bool> InsertLikeAsync(ContentRecord content, Guid userId, Guid likeId, int shard, CancellationToken cancellationToken) =>
        await Unit.ExecuteAsync(
            """
            INSERT OR IGNORE INTO likes (content_id, user_id, like_id, owner_id, shard, created_at)
            VALUES ($content, $user, $like, $owner, $shard, $at)
            """,
            cancellationToken,
            ("$content", content.ContentId.ToString()), ("$user", userId.ToString()), ("$like", likeId.ToString()),
            ("$owner", content.OwnerId.ToString()), ("$shard", shard), ("$at", Time(At))) == 1;

    public async Task<bool> DeleteLikeAsync(Guid contentId, Guid userId, CancellationToken cancellationToken) =>
        await Unit.ExecuteAsync(
            "DELETE FROM likes WHERE content_id = $content AND user_id = $user",
            cancellationToken,
            ("$content", contentId.ToString()), ("$user", userId.ToString())) == 1;

    public Task AdjustLikesAsync(Guid contentId, int shard, long delta, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            """
            INSERT INTO like_counts (content_id, shard, likes) VALUES ($content, $shard, $delta)
            ON CONFLICT (content_id, shard) DO UPDATE SET likes = likes + excluded.likes
            """,
            cancellationToken,
            ("$content", contentId.ToString()), ("$shard", shard), ("$delta", delta));

    public async Task<long> ReadLikesCountAsync(Guid contentId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            "SELECT coalesce(sum(likes), 0) FROM like_counts WHERE content_id = $content", ("$content", contentId.ToString()));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<IReadOnlyList<LikedItem>> DeleteLikesOnContentOfAsync(
        Guid likerId, Guid ownerId, DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            """
            DELETE FROM likes WHERE user_id = $user AND owner_id = $owner AND created_at < $before
            RETURNING content_id, owner_id, shard
            """,
            ("$user", likerId.ToString()), ("$owner", ownerId.ToString()), ("$before", Time(before)));
        return await command.ReadAllAsync(SqliteEngagementRows.Liked, cancellationToken);
    }

    public async Task<IReadOnlyList<LikedItem>> DeleteLikesByAsync(Guid likerId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            "DELETE FROM likes WHERE user_id = $user RETURNING content_id, owner_id, shard", ("$user", likerId.ToString()));
        return await command.ReadAllAsync(SqliteEngagementRows.Liked, cancellationToken);
    }

    public async Task<BlockState?> ReadBlockAsync(Guid blockerId, Guid blockedId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            "SELECT blocked, changed_at FROM blocks WHERE blocker_id = $blocker AND blocked_id = $blocked",
            ("$blocker", blockerId.ToString()), ("$blocked", blockedId.ToString()));
        var rows = await command.ReadAllAsync(
            reader => new BlockState(blockerId, blockedId, reader.GetBoolean(0), ParseTime(reader.GetString(1))), cancellationToken);
        return rows.SingleOrDefault();
    }

    public Task WriteBlockAsync(BlockState state, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            "INSERT OR REPLACE INTO blocks (blocker_id, blocked_id, blocked, changed_at) VALUES ($blocker, $blocked, $state, $at)",
            cancellationToken,
            ("$blocker", state.BlockerId.ToString()), ("$blocked", state.BlockedId.ToString()), ("$state", state.Blocked),
            ("$at", Time(state.ChangedAt)));

    public Task DeleteBlocksOfAsync(Guid userId, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            "DELETE FROM blocks WHERE blocker_id = $id; DELETE FROM blocks WHERE blocked_id = $id;", cancellationToken, ("$id", userId.ToString()));

    public async Task<bool> InsertIdempotencyKeyAsync(StoredIdempotencyKey key, CancellationToken cancellationToken) =>
        await Unit.ExecuteAsync(
            """
            INSERT OR IGNORE INTO idempotency_keys (owner_id, key, fingerprint, result_id, created_at)
            VALUES ($owner, $key, $fingerprint, $result, $at)
            """,
            cancellationToken,
            ("$owner", key.OwnerId.ToString()), ("$key", key.Key), ("$fingerprint", key.Fingerprint),
            ("$result", key.ResultId.ToString()), ("$at", Time(key.CreatedAt))) == 1;

    public Task DeleteIdempotencyKeysOfAsync(Guid ownerId, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync("DELETE FROM idempotency_keys WHERE owner_id = $owner", cancellationToken, ("$owner", ownerId.ToString()));

    public async Task<LikeCounterDrift?> ReadCounterAsync(Guid contentId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command($"{SqliteEngagementRows.CounterSql} WHERE c.content_id = $id", ("$id", contentId.ToString()));
        return (await command.ReadAllAsync(SqliteEngagementRows.Counter, cancellationToken)).SingleOrDefault();
    }
}
