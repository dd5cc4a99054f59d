using Social.KnownUsers.Sqlite;
using Social.Storage;
using Social.Storage.Sqlite;
using Social.Story.Domain.Highlights;
using Social.Story.Domain.Stories;
using Social.Story.Domain.Tray;
using Social.Story.Domain.Views;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.Story.Storage.Sqlite;

/// <summary>The SQLite adapter of <see cref="IStoryStore"/>: reads here, transaction statements in <see cref="SqliteStoryTransaction"/>.</summary>
public sealed class SqliteStoryStore(SqliteDatabase database, TimeProvider clock)
    : SqliteKnownUsersStore<IStoryTransaction, SqliteStoryTransaction>(database, clock), IStoryStore
{
    public async Task<StoryRecord?> FindStoryAsync(Guid storyId, CancellationToken cancellationToken) =>
        (await FindStoriesAsync([storyId], cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<StoryRecord>> FindStoriesAsync(IReadOnlyCollection<Guid> storyIds, CancellationToken cancellationToken)
    {
        if (storyIds.Count == 0)
        {
            return [];
        }

        var (list, parameters) = InList(storyIds);
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"{SqliteStoryRows.StorySql} WHERE story_id IN ({list})", parameters);
        return await command.ReadAllAsync(SqliteStoryRows.Stories(), cancellationToken);
    }

    public async Task<IReadOnlyList<StoryRecord>> LiveStoriesAsync(IReadOnlyCollection<Guid> owners, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (owners.Count == 0)
        {
            return [];
        }

        var (list, parameters) = InList(owners);
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"{SqliteStoryRows.StorySql} WHERE owner_id IN ({list}) AND expires_at > $now ORDER BY owner_id, story_id",
            [.. parameters, ("$now", Time(now))]);
        return await command.ReadAllAsync(SqliteStoryRows.Stories(), cancellationToken);
    }

    public async Task<IReadOnlySet<Guid>> SeenAsync(Guid viewerId, IReadOnlyCollection<Guid> storyIds, CancellationToken cancellationToken)
    {
        var seen = new HashSet<Guid>();
        await using var connection = await Database.OpenAsync(cancellationToken);
        // Bounded IN lists: a tray may ask about thousands of stories.
        foreach (var chunk in storyIds.Chunk(500))
        {
            var (list, parameters) = InList(chunk);
            await using var command = connection.Command(
                $"SELECT story_id FROM story_views WHERE viewer_id = $viewer AND story_id IN ({list})", [.. parameters, ("$viewer", viewerId.ToString())]);
            seen.UnionWith(await command.ReadAllAsync(reader => Guid.Parse(reader.GetString(0)), cancellationToken));
        }

        return seen;
    }

    public async Task<IReadOnlySet<Guid>> SeenSinceAsync(Guid viewerId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT story_id FROM story_views WHERE viewer_id = $viewer AND seen_at >= $since", ("$viewer", viewerId.ToString()), ("$since", Time(since)));
        return (await command.ReadAllAsync(reader => Guid.Parse(reader.GetString(0)), cancellationToken)).ToHashSet();
    }

    public async Task<StoryViewerPage> ListViewsAsync(Guid storyId, Guid? afterView, int limit, CancellationToken cancellationToken)
    {
        var (page, more) = await PageAsync(
            $"{SqliteStoryRows.ViewSql} WHERE story_id = $story {WhenAfter(afterView, "AND view_id < $after")} ORDER BY view_id DESC",
            SqliteStoryRows.View, limit, cancellationToken, ("$story", storyId.ToString()), ("$after", afterView?.ToString()));
        return new StoryViewerPage(page, more ? page[^1].ViewId : null);
    }

    public async Task<StoryPage> ListExpiredAsync(Guid ownerId, DateTimeOffset now, Guid? after, int limit, CancellationToken cancellationToken)
    {
        var (page, more) = await PageAsync(
            $"{SqliteStoryRows.StorySql} WHERE owner_id = $owner AND expires_at <= $now {WhenAfter(after, "AND story_id < $after")} ORDER BY story_id DESC",
            SqliteStoryRows.Stories(), limit, cancellationToken, ("$owner", ownerId.ToString()), ("$now", Time(now)), ("$after", after?.ToString()));
        return new StoryPage(page, more ? page[^1].StoryId : null);
    }

    public async Task<IReadOnlyList<TrayRow>> ListTrayRowsAsync(Guid viewerId, TrayPosition? after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        // A row value against the index's own columns: SQLite seeks the (viewer, unseen, latest, owner) range to the cursor.
        await using var command = connection.Command(
            $"""
            {SqliteStoryRows.TrayRowSql} WHERE viewer_id = $viewer {WhenAfter(after, "AND (has_unseen, latest_at, owner_id) < ($unseen, $latest, $owner)")}
            ORDER BY has_unseen DESC, latest_at DESC, owner_id DESC LIMIT $take
            """,
            ("$viewer", viewerId.ToString()), ("$unseen", after?.HasUnseen), ("$latest", after is null ? null : Time(after.LatestAt)),
            ("$owner", after?.OwnerId.ToString()), ("$take", limit));
        return await command.ReadAllAsync(SqliteStoryRows.TrayRow, cancellationToken);
    }

    public async Task<IReadOnlyList<Guid>> BroadcastingOwnersAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT DISTINCT owner_id FROM tray_broadcasts WHERE expires_at > $now", ("$now", Time(now)));
        return await command.ReadAllAsync(reader => Guid.Parse(reader.GetString(0)), cancellationToken);
    }

    public async Task<PendingTrayFanOut?> NextTrayFanOutAsync(CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"{SqliteStoryRows.TrayFanOutSql} ORDER BY scheduled_at, story_id LIMIT 1");
        return (await command.ReadAllAsync(SqliteStoryRows.TrayFanOut, cancellationToken)).SingleOrDefault();
    }

    public async Task<HighlightRecord?> FindHighlightAsync(Guid highlightId, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"{SqliteStoryRows.HighlightSql} WHERE highlight_id = $id", ("$id", highlightId.ToString()));
        return (await command.ReadAllAsync(SqliteStoryRows.Highlight, cancellationToken)).SingleOrDefault();
    }

    public async Task<HighlightPage> ListHighlightsAsync(Guid ownerId, Guid? after, int limit, CancellationToken cancellationToken)
    {
        var (page, more) = await PageAsync(
            $"{SqliteStoryRows.HighlightSql} WHERE owner_id = $owner {WhenAfter(after, "AND highlight_id < $after")} ORDER BY highlight_id DESC",
            SqliteStoryRows.Highlight, limit, cancellationToken, ("$owner", ownerId.ToString()), ("$after", after?.ToString()));
        return new HighlightPage(page, more ? page[^1].HighlightId : null);
    }

    public async Task<StoredIdempotencyKey?> FindIdempotencyKeyAsync(Guid ownerId, string key, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        return await connection.FindIdempotencyKeyAsync(ownerId, key, cancellationToken);
    }

    /// <summary>One page of an index range: one row more than asked says whether another page exists, without counting.</summary>
    private async Task<(List<T> Page, bool More)> PageAsync<T>(
        string sql, Func<Microsoft.Data.Sqlite.SqliteDataReader, T> read, int limit, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"{sql} LIMIT $take", [.. parameters, ("$take", limit + 1)]);
        var rows = await command.ReadAllAsync(read, cancellationToken);
        return (rows.Take(limit).ToList(), rows.Count > limit);
    }

    protected override SqliteStoryTransaction Begin(SqliteUnitOfWork unit, DateTimeOffset at) => new(unit, at);
}
