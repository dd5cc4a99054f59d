using Social.Story.Domain.Stories;
using Social.Story.Storage;

namespace Social.Story.Domain.Tray;

/// <summary>
/// Recomputes a viewer's stored rows for one owner inside a write transaction, from what the transaction reads (the
/// owner's live stories, the viewer's seen marks): a post, a follow, a seen mark, a block's removed views, or a read
/// that met a stale row. Reading inside the transaction means a racing write is never undone by an older snapshot.
/// </summary>
public static class TrayRefresh
{
    /// <summary>Recomputes the rows; with <paramref name="onlyIfPresent"/>, only when the viewer has rows for the owner already (a seen mark does not make a tray entry).</summary>
    public static async Task<IReadOnlyList<TrayRow>> RefreshAsync(
        IStoryTransaction transaction, Guid viewer, Guid owner, DateTimeOffset now, bool onlyIfPresent, CancellationToken cancellationToken)
    {
        if (onlyIfPresent && !await transaction.HasTrayRowsAsync(viewer, owner, cancellationToken))
        {
            return [];
        }

        var live = await transaction.ReadLiveStoriesAsync(owner, now, cancellationToken);
        return await RefreshAsync(transaction, [viewer], owner, live, cancellationToken);
    }

    /// <summary>Recomputes the rows of many viewers for one owner whose live stories are <paramref name="live"/> (a fan-out batch).</summary>
    /// <returns>The rows written.</returns>
    public static async Task<IReadOnlyList<TrayRow>> RefreshAsync(
        IStoryTransaction transaction, IReadOnlyCollection<Guid> viewers, Guid owner, IReadOnlyList<StoryRecord> live, CancellationToken cancellationToken)
    {
        var written = new List<TrayRow>();
        IReadOnlySet<(Guid ViewerId, Guid StoryId)> seen = live.Count == 0
            ? new HashSet<(Guid, Guid)>()
            : await transaction.ReadSeenAsync(viewers, [.. live.Select(story => story.StoryId)], cancellationToken);
        foreach (var viewer in viewers)
        {
            written.AddRange(StoredTrayRules.Rows(viewer, owner, live, storyId => seen.Contains((viewer, storyId))));
        }

        await transaction.ReplaceTrayRowsAsync(owner, viewers, written, cancellationToken);
        return written;
    }
}
