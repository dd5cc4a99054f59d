using Social.Engagement.Domain.Comments;
using Social.Engagement.Domain.Content;
using Social.Engagement.Domain.Counters;
using Social.Engagement.Domain.Likes;
using Social.KnownUsers.Sqlite;
using Social.Relationships.Blocks;
using Social.Relationships.Sqlite;
using Social.Storage;
using Social.Storage.Sqlite;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.Engagement.Storage.Sqlite;

/// <summary>The statements of one Engagement write transaction on SQLite.</summary>
public sealed partial class SqliteEngagementTransaction(SqliteUnitOfWork unit, DateTimeOffset at)
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
            INSERT OR IGNORE INTO content (content_id, owner_id, media_url, caption, audience, comments_enabled, created_at, mentions)
            VALUES ($id, $owner, $media, $caption, $audience, $comments, $at, $mentions)
            """,
            cancellationToken,
            ("$id", content.ContentId.ToString()), ("$owner", content.OwnerId.ToString()), ("$media", content.MediaUrl),
            ("$caption", content.Caption), ("$audience", content.Audience), ("$comments", content.CommentsEnabled),
            ("$at", Time(content.CreatedAt)), ("$mentions", SqliteEngagementRows.MentionsJson(content.Mentions))) == 1;

    public async Task<IReadOnlyDictionary<int, long>> DeleteContentAsync(Guid contentId, CancellationToken cancellationToken)
    {
        var id = contentId.ToString();
        Dictionary<int, long> likes;
        await using (var count = Unit.Command("SELECT shard, count(*) AS likes FROM likes WHERE content_id = $id GROUP BY shard", ("$id", id)))
        {
            likes = (await count.ReadAllAsync(SqliteEngagementRows.ShardLikes, cancellationToken)).ToDictionary();
        }

        await Unit.ExecuteAsync(
            """
            DELETE FROM likes WHERE content_id = $id;
            DELETE FROM comment_likes WHERE comment_id IN (SELECT comment_id FROM comments WHERE content_id = $id);
            DELETE FROM comment_edits WHERE comment_id IN (SELECT comment_id FROM comments WHERE content_id = $id);
            DELETE FROM comments WHERE content_id = $id;
            DELETE FROM comment_counts WHERE content_id = $id;
            DELETE FROM tags WHERE content_id = $id;
            DELETE FROM like_counts WHERE content_id = $id;
            DELETE FROM content WHERE content_id = $id;
            """,
            cancellationToken,
            ("$id", id));
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

    // The block replica and the idempotency keys are shared plumbing: their statements live beside their tables.
    public Task<BlockState?> ReadBlockAsync(Guid blockerId, Guid blockedId, CancellationToken cancellationToken) =>
        Unit.ReadBlockAsync(blockerId, blockedId, cancellationToken);

    public Task WriteBlockAsync(BlockState state, CancellationToken cancellationToken) => Unit.WriteBlockAsync(state, cancellationToken);

    public Task DeleteBlocksOfAsync(Guid userId, CancellationToken cancellationToken) => Unit.DeleteBlocksOfAsync(userId, cancellationToken);

    public Task<bool> InsertIdempotencyKeyAsync(StoredIdempotencyKey key, CancellationToken cancellationToken) =>
        Unit.InsertIdempotencyKeyAsync(key, cancellationToken);

    public Task DeleteIdempotencyKeysOfAsync(Guid ownerId, CancellationToken cancellationToken) =>
        Unit.DeleteIdempotencyKeysOfAsync(ownerId, cancellationToken);

    public Task SetPinnedCommentAsync(Guid contentId, Guid? commentId, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            "UPDATE content SET pinned_comment_id = $comment WHERE content_id = $content",
            cancellationToken,
            ("$content", contentId.ToString()), ("$comment", commentId?.ToString()));

    public Task AdjustCommentsAsync(Guid contentId, int shard, long delta, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            """
            INSERT INTO comment_counts (content_id, shard, comments) VALUES ($content, $shard, $delta)
            ON CONFLICT (content_id, shard) DO UPDATE SET comments = comments + excluded.comments
            """,
            cancellationToken,
            ("$content", contentId.ToString()), ("$shard", shard), ("$delta", delta));

    public async Task<CommentRecord?> ReadCommentAsync(Guid commentId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command($"{SqliteEngagementRows.CommentSql} WHERE comment_id = $id", ("$id", commentId.ToString()));
        return (await command.ReadAllAsync(SqliteEngagementRows.Comment, cancellationToken)).SingleOrDefault();
    }

    public Task InsertCommentAsync(CommentRecord comment, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            """
            INSERT INTO comments (comment_id, content_id, owner_id, author_id, thread_id, text, mentions, created_at)
            VALUES ($id, $content, $owner, $author, $thread, $text, $mentions, $at)
            """,
            cancellationToken,
            ("$id", comment.CommentId.ToString()), ("$content", comment.ContentId.ToString()), ("$owner", comment.OwnerId.ToString()),
            ("$author", comment.AuthorId.ToString()), ("$thread", comment.ThreadId?.ToString()), ("$text", comment.Text),
            ("$mentions", SqliteEngagementRows.MentionsJson(comment.Mentions)), ("$at", Time(comment.CreatedAt)));

    public Task ReplaceCommentTextAsync(CommentRecord comment, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            "UPDATE comments SET text = $text, mentions = $mentions, edited_at = $at WHERE comment_id = $id",
            cancellationToken,
            ("$id", comment.CommentId.ToString()), ("$text", comment.Text), ("$mentions", SqliteEngagementRows.MentionsJson(comment.Mentions)),
            ("$at", comment.EditedAt is { } at ? Time(at) : null));

    public Task InsertCommentEditAsync(CommentEdit edit, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            "INSERT INTO comment_edits (edit_id, comment_id, text, replaced_at) VALUES ($id, $comment, $text, $at)",
            cancellationToken,
            ("$id", edit.EditId.ToString()), ("$comment", edit.CommentId.ToString()), ("$text", edit.Text), ("$at", Time(edit.ReplacedAt)));

    public Task MarkCommentDeletedAsync(Guid commentId, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            """
            UPDATE comments SET deleted = 1, text = '', mentions = '[]', likes_count = 0 WHERE comment_id = $id;
            DELETE FROM comment_likes WHERE comment_id = $id;
            DELETE FROM comment_edits WHERE comment_id = $id;
            """,
            cancellationToken,
            ("$id", commentId.ToString()));

    public Task DeleteCommentAsync(Guid commentId, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            """
            DELETE FROM comment_likes WHERE comment_id = $id;
            DELETE FROM comment_edits WHERE comment_id = $id;
            DELETE FROM comments WHERE comment_id = $id;
            """,
            cancellationToken,
            ("$id", commentId.ToString()));

    public async Task<long> AdjustReplyCountAsync(Guid threadId, long delta, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            "UPDATE comments SET reply_count = reply_count + $delta WHERE comment_id = $id RETURNING reply_count",
            ("$id", threadId.ToString()), ("$delta", delta));
        return (await command.ReadAllAsync(reader => reader.GetInt64(0), cancellationToken)).SingleOrDefault();
    }

    public async Task<bool> InsertCommentLikeAsync(CommentRecord comment, Guid userId, CancellationToken cancellationToken) =>
        await Unit.ExecuteAsync(
            "INSERT OR IGNORE INTO comment_likes (comment_id, user_id, created_at) VALUES ($comment, $user, $at)",
            cancellationToken,
            ("$comment", comment.CommentId.ToString()), ("$user", userId.ToString()), ("$at", Time(At))) == 1;

    public async Task<bool> DeleteCommentLikeAsync(Guid commentId, Guid userId, CancellationToken cancellationToken) =>
        await Unit.ExecuteAsync(
            "DELETE FROM comment_likes WHERE comment_id = $comment AND user_id = $user",
            cancellationToken,
            ("$comment", commentId.ToString()), ("$user", userId.ToString())) == 1;

    public async Task<long> AdjustCommentLikesAsync(Guid commentId, long delta, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            "UPDATE comments SET likes_count = likes_count + $delta WHERE comment_id = $id RETURNING likes_count",
            ("$id", commentId.ToString()), ("$delta", delta));
        return (await command.ReadAllAsync(reader => reader.GetInt64(0), cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<CommentRecord>> CommentsOnContentOfAsync(
        Guid authorId, Guid ownerId, DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            $"{SqliteEngagementRows.CommentSql} WHERE author_id = $author AND owner_id = $owner AND created_at < $before AND deleted = 0",
            ("$author", authorId.ToString()), ("$owner", ownerId.ToString()), ("$before", Time(before)));
        return await command.ReadAllAsync(SqliteEngagementRows.Comment, cancellationToken);
    }

    public async Task<IReadOnlyList<CommentRecord>> CommentsByAsync(Guid authorId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            $"{SqliteEngagementRows.CommentSql} WHERE author_id = $author AND deleted = 0", ("$author", authorId.ToString()));
        return await command.ReadAllAsync(SqliteEngagementRows.Comment, cancellationToken);
    }

    public async Task<IReadOnlyList<CommentRecord>> DeleteCommentLikesOnContentOfAsync(
        Guid userId, Guid ownerId, DateTimeOffset before, CancellationToken cancellationToken)
    {
        const string Given = "SELECT comment_id FROM comment_likes WHERE user_id = $user AND created_at < $before";
        (string, object?)[] parameters = [("$user", userId.ToString()), ("$owner", ownerId.ToString()), ("$before", Time(before))];
        await using var command = Unit.Command($"{SqliteEngagementRows.CommentSql} WHERE owner_id = $owner AND comment_id IN ({Given})", parameters);
        var liked = await command.ReadAllAsync(SqliteEngagementRows.Comment, cancellationToken);
        await Unit.ExecuteAsync(
            $"DELETE FROM comment_likes WHERE comment_id IN (SELECT comment_id FROM comments WHERE owner_id = $owner AND comment_id IN ({Given})) AND user_id = $user",
            cancellationToken,
            parameters);
        return liked;
    }

    public async Task<IReadOnlyList<CommentRecord>> DeleteCommentLikesByAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            $"{SqliteEngagementRows.CommentSql} WHERE comment_id IN (SELECT comment_id FROM comment_likes WHERE user_id = $user)",
            ("$user", userId.ToString()));
        var liked = await command.ReadAllAsync(SqliteEngagementRows.Comment, cancellationToken);
        await Unit.ExecuteAsync("DELETE FROM comment_likes WHERE user_id = $user", cancellationToken, ("$user", userId.ToString()));
        return liked;
    }

    public async Task<ItemCounters?> ReadCounterAsync(Guid contentId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command($"{SqliteEngagementRows.CounterSql} WHERE c.content_id = $id", ("$id", contentId.ToString()));
        return (await command.ReadAllAsync(SqliteEngagementRows.Counter, cancellationToken)).SingleOrDefault();
    }
}
