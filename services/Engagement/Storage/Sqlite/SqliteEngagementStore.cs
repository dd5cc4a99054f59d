using System.Runtime.CompilerServices;
using Social.Engagement.Domain.Content;
using Social.Engagement.Domain.Counters;
using Social.Engagement.Domain.Likes;
using Social.KnownUsers.Sqlite;
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
              AND ($at IS NULL OR c.created_at < $at OR (c.created_at = $at AND c.content_id < $id))
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
            """
            SELECT l.user_id, u.handle, l.like_id, l.created_at
            FROM likes l JOIN users u ON u.user_id = l.user_id
            WHERE l.content_id = $content AND ($after IS NULL OR l.like_id < $after)
            ORDER BY l.like_id DESC
            LIMIT $limit
            """,
            ("$content", contentId.ToString()), ("$after", afterLike?.ToString()), ("$limit", limit + 1));
        var rows = await command.ReadAllAsync(SqliteEngagementRows.Liker, cancellationToken);
        var page = rows.Take(limit).ToList();
        return new LikerPage(page, rows.Count > limit ? page[^1].LikeId : null);
    }

    public async Task<StoredIdempotencyKey?> FindIdempotencyKeyAsync(Guid ownerId, string key, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT fingerprint, result_id, created_at FROM idempotency_keys WHERE owner_id = $owner AND key = $key",
            ("$owner", ownerId.ToString()), ("$key", key));
        var rows = await command.ReadAllAsync(
            reader => new StoredIdempotencyKey(
                ownerId, key, reader.GetString(0), Guid.Parse(reader.GetString(1)), ParseTime(reader.GetString(2))),
            cancellationToken);
        return rows.SingleOrDefault();
    }

    public async IAsyncEnumerable<LikeCounterDrift> ReadCountersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // One snapshot (WAL): writers go on meanwhile, and a repair re-reads each item it fixes.
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var snapshot = connection.BeginTransaction(deferred: true);
        await using var command = connection.Command(SqliteEngagementRows.CounterSql);
        command.Transaction = snapshot;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return SqliteEngagementRows.Counter(reader);
        }
    }

    protected override SqliteEngagementTransaction Begin(SqliteUnitOfWork unit, DateTimeOffset at) => new(unit, at);
}
