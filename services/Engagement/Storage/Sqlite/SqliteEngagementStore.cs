using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Social.Engagement.Domain.Comments;
using Social.Engagement.Domain.Content;
using Social.Engagement.Domain.Counters;
using Social.Engagement.Domain.Likes;
using Social.Engagement.Domain.Tags;
using Social.KnownUsers;
using Social.KnownUsers.Sqlite;
using Social.Storage;
using Social.Storage.Sqlite;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.Engagement.Storage.Sqlite;

/// <summary>The SQLite adapter of <see cref="IEngagementStore"/>: reads here, transaction statements in <see cref="SqliteEngagementTransaction"/>.</summary>
public sealed class SqliteEngagementStore(SqliteDatabase database, TimeProvider clock)
    : SqliteKnownUsersStore<IEngagementTransaction, SqliteEngagementTransaction>(database, clock), IEngagementStore
{
    public async Task<ContentItem?> FindContentAsync(Guid contentId, CancellationToken cancellationToken) =>
        (await FindContentsAsync([contentId], cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<ContentItem>> FindContentsAsync(IReadOnlyCollection<Guid> contentIds, CancellationToken cancellationToken)
    {
        if (contentIds.Count == 0)
        {
            return [];
        }

        var (list, parameters) = InList(contentIds);
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"{SqliteEngagementRows.ContentSql} WHERE c.content_id IN ({list})", parameters);
        return await command.ReadAllAsync(SqliteEngagementRows.Item, cancellationToken);
    }

    public async Task<ContentPage> ListContentAsync(
        Guid owner, IReadOnlySet<string> audiences, ContentPosition? after, int limit, CancellationToken cancellationToken)
    {
        var audienceParameters = audiences.Select((audience, i) => ($"$a{i}", (object?)audience)).ToArray();
        var audienceList = string.Join(", ", audienceParameters.Select(p => p.Item1));
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"""
            {SqliteEngagementRows.ContentSql}
            WHERE c.owner_id = $owner AND c.audience IN ({audienceList})
              {WhenAfter(after, "AND (c.created_at, c.content_id) < ($at, $id)")}
            ORDER BY c.created_at DESC, c.content_id DESC
            LIMIT $limit
            """,
            [("$owner", owner.ToString()), ("$at", after is null ? null : Time(after.CreatedAt)), ("$id", after?.ContentId.ToString()),
                ("$limit", limit + 1), .. audienceParameters]);
        var rows = await command.ReadAllAsync(SqliteEngagementRows.Item, cancellationToken);
        var page = rows.Take(limit).ToList();
        return new ContentPage(page, rows.Count > limit ? new ContentPosition(page[^1].Record.CreatedAt, page[^1].Record.ContentId) : null);
    }

    public async Task<IReadOnlySet<Guid>> LikedAsync(Guid userId, IReadOnlyCollection<Guid> contentIds, CancellationToken cancellationToken)
    {
        if (contentIds.Count == 0)
        {
            return new HashSet<Guid>();
        }

        var (list, parameters) = InList(contentIds);
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT content_id FROM likes WHERE user_id = $user AND content_id IN ({list})",
            [("$user", userId.ToString()), .. parameters]);
        return (await command.ReadAllAsync(reader => Guid.Parse(reader.GetString(0)), cancellationToken)).ToHashSet();
    }

    public async Task<LikerPage> ListLikersAsync(Guid contentId, Guid? afterLike, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"""
            SELECT l.user_id, u.handle, l.like_id, l.created_at
            FROM likes l JOIN users u ON u.user_id = l.user_id
            WHERE l.content_id = $content {WhenAfter(afterLike, "AND l.like_id < $after")}
            ORDER BY l.like_id DESC
            LIMIT $limit
            """,
            ("$content", contentId.ToString()), ("$after", afterLike?.ToString()), ("$limit", limit + 1));
        var rows = await command.ReadAllAsync(SqliteEngagementRows.Liker, cancellationToken);
        var page = rows.Take(limit).ToList();
        return new LikerPage(page, rows.Count > limit ? page[^1].LikeId : null);
    }

    public async Task<CommentRecord?> FindCommentAsync(Guid commentId, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"{SqliteEngagementRows.CommentSql} WHERE comment_id = $id", ("$id", commentId.ToString()));
        return (await command.ReadAllAsync(SqliteEngagementRows.Comment, cancellationToken)).SingleOrDefault();
    }

    public async Task<CommentPage> ListCommentsAsync(Guid contentId, Guid? after, int limit, Guid? excluding, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"""
            {SqliteEngagementRows.CommentSql}
            WHERE content_id = $content AND thread_id IS NULL {WhenAfter(after, "AND comment_id < $after")}
              {WhenAfter(excluding, "AND comment_id <> $excluding")}
            ORDER BY comment_id DESC
            LIMIT $limit
            """,
            ("$content", contentId.ToString()), ("$after", after?.ToString()), ("$excluding", excluding?.ToString()), ("$limit", limit + 1));
        return Page(await command.ReadAllAsync(SqliteEngagementRows.Comment, cancellationToken), limit);
    }

    public async Task<CommentPage> ListRepliesAsync(Guid threadId, Guid? after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"""
            {SqliteEngagementRows.CommentSql}
            WHERE thread_id = $thread {WhenAfter(after, "AND comment_id > $after")}
            ORDER BY comment_id
            LIMIT $limit
            """,
            ("$thread", threadId.ToString()), ("$after", after?.ToString()), ("$limit", limit + 1));
        return Page(await command.ReadAllAsync(SqliteEngagementRows.Comment, cancellationToken), limit);
    }

    public async Task<CommentEditPage> ListEditsAsync(Guid commentId, Guid? after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"""
            SELECT edit_id, comment_id, text, replaced_at FROM comment_edits
            WHERE comment_id = $comment {WhenAfter(after, "AND edit_id < $after")}
            ORDER BY edit_id DESC
            LIMIT $limit
            """,
            ("$comment", commentId.ToString()), ("$after", after?.ToString()), ("$limit", limit + 1));
        var rows = await command.ReadAllAsync(SqliteEngagementRows.Edit, cancellationToken);
        var page = rows.Take(limit).ToList();
        return new CommentEditPage(page, rows.Count > limit ? page[^1].EditId : null);
    }

    public async Task<IReadOnlySet<Guid>> CommentsLikedAsync(Guid userId, IReadOnlyCollection<Guid> commentIds, CancellationToken cancellationToken)
    {
        if (commentIds.Count == 0)
        {
            return new HashSet<Guid>();
        }

        var (list, parameters) = InList(commentIds);
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT comment_id FROM comment_likes WHERE user_id = $user AND comment_id IN ({list})",
            [("$user", userId.ToString()), .. parameters]);
        return (await command.ReadAllAsync(reader => Guid.Parse(reader.GetString(0)), cancellationToken)).ToHashSet();
    }

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<TaggedUser>>> TagsOfAsync(
        IReadOnlyCollection<Guid> contentIds, CancellationToken cancellationToken)
    {
        if (contentIds.Count == 0)
        {
            return new Dictionary<Guid, IReadOnlyList<TaggedUser>>();
        }

        var (list, parameters) = InList(contentIds);
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"""
            SELECT t.content_id, t.user_id, u.handle
            FROM tags t JOIN users u ON u.user_id = t.user_id
            WHERE t.content_id IN ({list})
            ORDER BY t.tag_id
            """,
            parameters);
        var rows = await command.ReadAllAsync(
            reader => (ContentId: Guid.Parse(reader.GetString(0)), User: new TaggedUser(Guid.Parse(reader.GetString(1)), reader.GetString(2))),
            cancellationToken);
        return rows.GroupBy(r => r.ContentId).ToDictionary(g => g.Key, g => (IReadOnlyList<TaggedUser>)[.. g.Select(r => r.User)]);
    }

    public async Task<TagPage> ListTagsOfUserAsync(Guid userId, Guid? afterTag, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"""
            SELECT content_id, user_id, owner_id, tag_id, created_at FROM tags
            WHERE user_id = $user {WhenAfter(afterTag, "AND tag_id < $after")}
            ORDER BY tag_id DESC
            LIMIT $limit
            """,
            ("$user", userId.ToString()), ("$after", afterTag?.ToString()), ("$limit", limit + 1));
        var rows = await command.ReadAllAsync(SqliteEngagementRows.Tag, cancellationToken);
        var page = rows.Take(limit).ToList();
        return new TagPage(page, rows.Count > limit ? page[^1].TagId : null);
    }

    public async Task<IReadOnlyList<KnownUser>> FindUsersByHandlesAsync(IReadOnlyCollection<string> lowerCaseHandles, CancellationToken cancellationToken)
    {
        if (lowerCaseHandles.Count == 0)
        {
            return [];
        }

        var parameters = lowerCaseHandles.Select((handle, i) => ($"$h{i}", (object?)handle)).ToArray();
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT user_id, handle, created_at FROM users WHERE handle IN ({string.Join(", ", parameters.Select(p => p.Item1))})", parameters);
        return await command.ReadAllAsync(
            reader => new KnownUser(Guid.Parse(reader.GetString(0)), reader.GetString(1), ParseTime(reader.GetString(2))), cancellationToken);
    }

    public async Task<StoredIdempotencyKey?> FindIdempotencyKeyAsync(Guid ownerId, string key, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        return await connection.FindIdempotencyKeyAsync(ownerId, key, cancellationToken);
    }

    public IAsyncEnumerable<ItemCounters> ReadCountersAsync(CancellationToken cancellationToken) =>
        ReadSnapshotAsync(SqliteEngagementRows.CounterSql, SqliteEngagementRows.Counter, cancellationToken);

    public IAsyncEnumerable<LikesReceivedCounter> ReadLikesReceivedCountersAsync(CancellationToken cancellationToken) =>
        ReadSnapshotAsync(SqliteEngagementRows.LikesReceivedCounterSql, SqliteEngagementRows.LikesReceivedCounter, cancellationToken);

    /// <summary>An operations scan from one snapshot (WAL): writers go on meanwhile, and a repair re-reads each row it fixes.</summary>
    private async IAsyncEnumerable<T> ReadSnapshotAsync<T>(string sql, Func<SqliteDataReader, T> read, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var snapshot = connection.BeginTransaction(deferred: true);
        await using var command = connection.Command(sql);
        command.Transaction = snapshot;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return read(reader);
        }
    }

    private static CommentPage Page(List<CommentRecord> rows, int limit)
    {
        var page = rows.Take(limit).ToList();
        return new CommentPage(page, rows.Count > limit ? page[^1].CommentId : null);
    }

    protected override SqliteEngagementTransaction Begin(SqliteUnitOfWork unit, DateTimeOffset at) => new(unit, at);
}
