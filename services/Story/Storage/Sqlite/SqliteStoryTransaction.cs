using Social.KnownUsers.Sqlite;
using Social.Relationships.Blocks;
using Social.Relationships.Sqlite;
using Social.Storage;
using Social.Storage.Sqlite;
using Social.Story.Domain.Highlights;
using Social.Story.Domain.Replies;
using Social.Story.Domain.Stories;
using Social.Story.Domain.Tray;
using Social.Story.Domain.Views;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.Story.Storage.Sqlite;

/// <summary>The statements of one Story write transaction on SQLite.</summary>
public sealed class SqliteStoryTransaction(SqliteUnitOfWork unit, DateTimeOffset at)
    : SqliteKnownUsersTransaction(unit, at), IStoryTransaction
{
    public async Task<StoryRecord?> ReadStoryAsync(Guid storyId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command($"{SqliteStoryRows.StorySql} WHERE story_id = $id", ("$id", storyId.ToString()));
        return (await command.ReadAllAsync(SqliteStoryRows.Stories(), cancellationToken)).SingleOrDefault();
    }

    public async Task<bool> InsertStoryAsync(StoryRecord story, CancellationToken cancellationToken) =>
        await Unit.ExecuteAsync(
            """
            INSERT OR IGNORE INTO stories (story_id, owner_id, media_url, caption, audience, hide_from, created_at, expires_at)
            VALUES ($id, $owner, $media, $caption, $audience, $hide, $at, $expires)
            """,
            cancellationToken,
            ("$id", story.StoryId.ToString()), ("$owner", story.OwnerId.ToString()), ("$media", story.MediaUrl), ("$caption", story.Caption),
            ("$audience", story.Audience), ("$hide", SqliteStoryRows.IdsJson(story.HideFrom)), ("$at", Time(story.CreatedAt)),
            ("$expires", Time(story.ExpiresAt))) == 1;

    public async Task<IReadOnlyList<StoryRecord>> ReadLiveStoriesAsync(Guid ownerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            $"{SqliteStoryRows.StorySql} WHERE owner_id = $owner AND expires_at > $now ORDER BY story_id", ("$owner", ownerId.ToString()), ("$now", Time(now)));
        return await command.ReadAllAsync(SqliteStoryRows.Stories(), cancellationToken);
    }

    public async Task<IReadOnlySet<(Guid ViewerId, Guid StoryId)>> ReadSeenAsync(
        IReadOnlyCollection<Guid> viewerIds, IReadOnlyCollection<Guid> storyIds, CancellationToken cancellationToken)
    {
        var seen = new HashSet<(Guid, Guid)>();
        var (stories, storyParameters) = InList(storyIds, "$s");
        foreach (var chunk in viewerIds.Chunk(500))
        {
            var (viewers, viewerParameters) = InList(chunk, "$v");
            await using var command = Unit.Command(
                $"SELECT viewer_id, story_id FROM story_views WHERE story_id IN ({stories}) AND viewer_id IN ({viewers})", [.. storyParameters, .. viewerParameters]);
            seen.UnionWith(await command.ReadAllAsync(reader => (Guid.Parse(reader.GetString(0)), Guid.Parse(reader.GetString(1))), cancellationToken));
        }

        return seen;
    }

    public async Task<bool> HasTrayRowsAsync(Guid viewerId, Guid ownerId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            "SELECT 1 FROM tray_rows WHERE viewer_id = $viewer AND owner_id = $owner LIMIT 1", ("$viewer", viewerId.ToString()), ("$owner", ownerId.ToString()));
        return (await command.ReadAllAsync(reader => reader.GetInt32(0), cancellationToken)).Count > 0;
    }

    public async Task ReplaceTrayRowsAsync(Guid ownerId, IReadOnlyCollection<Guid> viewerIds, IReadOnlyList<TrayRow> rows, CancellationToken cancellationToken)
    {
        // A statement per viewer and per row, each compiled once: one statement with a few thousand parameters cost far more
        // to compile and bind than the rows cost to write (see ExecuteEachAsync).
        var owner = ownerId.ToString();
        await Unit.ExecuteEachAsync(
            "DELETE FROM tray_rows WHERE viewer_id = $viewer AND owner_id = $owner",
            viewerIds,
            viewer => [("$viewer", viewer.ToString()), ("$owner", owner)],
            cancellationToken);
        await Unit.ExecuteEachAsync(
            """
            INSERT INTO tray_rows (viewer_id, owner_id, reach, has_unseen, latest_at, expires_at)
            VALUES ($viewer, $owner, $reach, $unseen, $latest, $expires)
            """,
            rows,
            row => [("$viewer", row.ViewerId.ToString()), ("$owner", owner), ("$reach", (int)row.Reach), ("$unseen", row.HasUnseen),
                ("$latest", Time(row.LatestAt)), ("$expires", Time(row.ExpiresAt))],
            cancellationToken);
    }

    public Task ScheduleTrayFanOutAsync(PendingTrayFanOut work, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            "INSERT OR IGNORE INTO tray_fan_outs (story_id, owner_id, cursor, scheduled_at) VALUES ($story, $owner, $cursor, $at)",
            cancellationToken,
            ("$story", work.StoryId.ToString()), ("$owner", work.OwnerId.ToString()), ("$cursor", work.Cursor), ("$at", Time(work.ScheduledAt)));

    public async Task<PendingTrayFanOut?> ReadTrayFanOutAsync(Guid storyId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command($"{SqliteStoryRows.TrayFanOutSql} WHERE story_id = $story", ("$story", storyId.ToString()));
        return (await command.ReadAllAsync(SqliteStoryRows.TrayFanOut, cancellationToken)).SingleOrDefault();
    }

    public Task AdvanceTrayFanOutAsync(Guid storyId, string cursor, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            "UPDATE tray_fan_outs SET cursor = $cursor WHERE story_id = $story", cancellationToken, ("$cursor", cursor), ("$story", storyId.ToString()));

    public Task CompleteTrayFanOutAsync(Guid storyId, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync("DELETE FROM tray_fan_outs WHERE story_id = $story", cancellationToken, ("$story", storyId.ToString()));

    public Task InsertBroadcastAsync(StoryRecord story, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            "INSERT OR IGNORE INTO tray_broadcasts (story_id, owner_id, expires_at) VALUES ($story, $owner, $expires)",
            cancellationToken,
            ("$story", story.StoryId.ToString()), ("$owner", story.OwnerId.ToString()), ("$expires", Time(story.ExpiresAt)));

    public async Task<bool> DeleteStoryAsync(Guid storyId, CancellationToken cancellationToken)
    {
        var id = ("$id", (object?)storyId.ToString());
        await Unit.ExecuteAsync("DELETE FROM story_views WHERE story_id = $id", cancellationToken, id);
        await Unit.ExecuteAsync("DELETE FROM tray_broadcasts WHERE story_id = $id", cancellationToken, id);
        await Unit.ExecuteAsync("DELETE FROM tray_fan_outs WHERE story_id = $id", cancellationToken, id);
        return await Unit.ExecuteAsync("DELETE FROM stories WHERE story_id = $id", cancellationToken, id) == 1;
    }

    public async Task<bool> InsertViewAsync(ViewRecord view, CancellationToken cancellationToken) =>
        await Unit.ExecuteAsync(
            """
            INSERT OR IGNORE INTO story_views (story_id, viewer_id, owner_id, view_id, seen_at, liked)
            VALUES ($story, $viewer, $owner, $view, $at, $liked)
            """,
            cancellationToken,
            ("$story", view.StoryId.ToString()), ("$viewer", view.ViewerId.ToString()), ("$owner", view.OwnerId.ToString()),
            ("$view", view.ViewId.ToString()), ("$at", Time(view.SeenAt)), ("$liked", view.Liked)) == 1;

    public Task SetLikedAsync(Guid storyId, Guid viewerId, bool liked, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            "UPDATE story_views SET liked = $liked WHERE story_id = $story AND viewer_id = $viewer",
            cancellationToken,
            ("$liked", liked), ("$story", storyId.ToString()), ("$viewer", viewerId.ToString()));

    public Task DeleteViewsAsync(Guid ownerId, Guid viewerId, DateTimeOffset upTo, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            "DELETE FROM story_views WHERE viewer_id = $viewer AND owner_id = $owner AND seen_at <= $upTo",
            cancellationToken,
            ("$viewer", viewerId.ToString()), ("$owner", ownerId.ToString()), ("$upTo", Time(upTo)));

    public async Task<bool> InsertReplyAsync(StoryReplyRecord reply, CancellationToken cancellationToken) =>
        await Unit.ExecuteAsync(
            """
            INSERT OR IGNORE INTO story_replies (message_id, story_id, owner_id, replier_id, conversation_id, replied_at)
            VALUES ($message, $story, $owner, $replier, $conversation, $at)
            """,
            cancellationToken,
            ("$message", reply.MessageId.ToString()), ("$story", reply.StoryId.ToString()), ("$owner", reply.OwnerId.ToString()),
            ("$replier", reply.ReplierId.ToString()), ("$conversation", reply.ConversationId.ToString()), ("$at", Time(reply.At))) == 1;

    public async Task<HighlightRecord?> ReadHighlightAsync(Guid highlightId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command($"{SqliteStoryRows.HighlightSql} WHERE highlight_id = $id", ("$id", highlightId.ToString()));
        return (await command.ReadAllAsync(SqliteStoryRows.Highlight, cancellationToken)).SingleOrDefault();
    }

    public Task InsertHighlightAsync(HighlightRecord highlight, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            "INSERT INTO highlights (highlight_id, owner_id, title, story_ids, created_at) VALUES ($id, $owner, $title, $stories, $at)",
            cancellationToken,
            ("$id", highlight.HighlightId.ToString()), ("$owner", highlight.OwnerId.ToString()), ("$title", highlight.Title),
            ("$stories", SqliteStoryRows.IdsJson(highlight.StoryIds)), ("$at", Time(highlight.CreatedAt)));

    public Task ReplaceHighlightAsync(HighlightRecord highlight, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            "UPDATE highlights SET title = $title, story_ids = $stories WHERE highlight_id = $id",
            cancellationToken,
            ("$id", highlight.HighlightId.ToString()), ("$title", highlight.Title), ("$stories", SqliteStoryRows.IdsJson(highlight.StoryIds)));

    public Task DeleteHighlightAsync(Guid highlightId, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync("DELETE FROM highlights WHERE highlight_id = $id", cancellationToken, ("$id", highlightId.ToString()));

    public Task DeleteAllOfAsync(Guid userId, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            """
            DELETE FROM story_views WHERE story_id IN (SELECT story_id FROM stories WHERE owner_id = $id);
            DELETE FROM stories WHERE owner_id = $id;
            DELETE FROM story_views WHERE viewer_id = $id;
            DELETE FROM highlights WHERE owner_id = $id;
            DELETE FROM story_replies WHERE owner_id = $id;
            DELETE FROM story_replies WHERE replier_id = $id;
            DELETE FROM tray_rows WHERE viewer_id = $id;
            DELETE FROM tray_rows WHERE owner_id = $id;
            DELETE FROM tray_broadcasts WHERE owner_id = $id;
            DELETE FROM tray_fan_outs WHERE owner_id = $id;
            """,
            cancellationToken,
            ("$id", userId.ToString()));

    public Task<BlockState?> ReadBlockAsync(Guid blockerId, Guid blockedId, CancellationToken cancellationToken) =>
        Unit.ReadBlockAsync(blockerId, blockedId, cancellationToken);

    public Task WriteBlockAsync(BlockState state, CancellationToken cancellationToken) => Unit.WriteBlockAsync(state, cancellationToken);

    public Task DeleteBlocksOfAsync(Guid userId, CancellationToken cancellationToken) => Unit.DeleteBlocksOfAsync(userId, cancellationToken);

    public Task<bool> InsertIdempotencyKeyAsync(StoredIdempotencyKey key, CancellationToken cancellationToken) =>
        Unit.InsertIdempotencyKeyAsync(key, cancellationToken);

    public Task DeleteIdempotencyKeysOfAsync(Guid ownerId, CancellationToken cancellationToken) =>
        Unit.DeleteIdempotencyKeysOfAsync(ownerId, cancellationToken);
}
