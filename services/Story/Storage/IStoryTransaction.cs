using Social.KnownUsers;
using Social.Relationships.Blocks;
using Social.Storage;
using Social.Story.Domain.Highlights;
using Social.Story.Domain.Replies;
using Social.Story.Domain.Stories;
using Social.Story.Domain.Tray;
using Social.Story.Domain.Views;

namespace Social.Story.Storage;

/// <summary>
/// The statements of one Story write transaction: facts read and state written in it. Each write says what it did and
/// decides nothing; the domain decides and raises the events.
/// </summary>
public interface IStoryTransaction : IKnownUsersTransaction, IBlockReplicaTransaction, IIdempotencyKeyTransaction
{
    Task<StoryRecord?> ReadStoryAsync(Guid storyId, CancellationToken cancellationToken);

    /// <summary>Inserts the story unless one with its id exists; true when inserted.</summary>
    Task<bool> InsertStoryAsync(StoryRecord story, CancellationToken cancellationToken);

    /// <summary>The owner's stories that expire after <paramref name="now"/>.</summary>
    Task<IReadOnlyList<StoryRecord>> ReadLiveStoriesAsync(Guid ownerId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Which of <paramref name="viewerIds"/> have seen which of <paramref name="storyIds"/>.</summary>
    Task<IReadOnlySet<(Guid ViewerId, Guid StoryId)>> ReadSeenAsync(IReadOnlyCollection<Guid> viewerIds, IReadOnlyCollection<Guid> storyIds, CancellationToken cancellationToken);

    /// <summary>Whether the viewer has stored tray rows for the owner.</summary>
    Task<bool> HasTrayRowsAsync(Guid viewerId, Guid ownerId, CancellationToken cancellationToken);

    /// <summary>
    /// Makes <paramref name="rows"/> (each of one of <paramref name="viewerIds"/>) the only tray rows these viewers have
    /// for the owner: a viewer without rows among them has none after. A fan-out batch is a few statements, not two per follower.
    /// </summary>
    Task ReplaceTrayRowsAsync(Guid ownerId, IReadOnlyCollection<Guid> viewerIds, IReadOnlyList<TrayRow> rows, CancellationToken cancellationToken);

    /// <summary>Records a fan-out to carry out; one already pending for the story changes nothing.</summary>
    Task ScheduleTrayFanOutAsync(PendingTrayFanOut work, CancellationToken cancellationToken);

    Task<PendingTrayFanOut?> ReadTrayFanOutAsync(Guid storyId, CancellationToken cancellationToken);

    /// <summary>Stores where the story's fan-out continues.</summary>
    Task AdvanceTrayFanOutAsync(Guid storyId, string cursor, CancellationToken cancellationToken);

    Task CompleteTrayFanOutAsync(Guid storyId, CancellationToken cancellationToken);

    /// <summary>Records the story as a broadcast (merged into trays on read until it expires); recording it again changes nothing.</summary>
    Task InsertBroadcastAsync(StoryRecord story, CancellationToken cancellationToken);

    /// <summary>Deletes the story with its views, its broadcast and its pending fan-out; true when there was one.</summary>
    Task<bool> DeleteStoryAsync(Guid storyId, CancellationToken cancellationToken);

    /// <summary>Inserts the view unless the viewer already saw the story; true when inserted.</summary>
    Task<bool> InsertViewAsync(ViewRecord view, CancellationToken cancellationToken);

    /// <summary>Sets whether the viewer likes the story, on their view (none: nothing changes).</summary>
    Task SetLikedAsync(Guid storyId, Guid viewerId, bool liked, CancellationToken cancellationToken);

    /// <summary>Deletes <paramref name="viewerId"/>'s views of <paramref name="ownerId"/>'s stories seen at or before <paramref name="upTo"/>.</summary>
    Task DeleteViewsAsync(Guid ownerId, Guid viewerId, DateTimeOffset upTo, CancellationToken cancellationToken);

    /// <summary>Records the reply unless its message was recorded already; true when recorded now.</summary>
    Task<bool> InsertReplyAsync(StoryReplyRecord reply, CancellationToken cancellationToken);

    Task<HighlightRecord?> ReadHighlightAsync(Guid highlightId, CancellationToken cancellationToken);

    Task InsertHighlightAsync(HighlightRecord highlight, CancellationToken cancellationToken);

    /// <summary>Stores a highlight's new title and stories.</summary>
    Task ReplaceHighlightAsync(HighlightRecord highlight, CancellationToken cancellationToken);

    Task DeleteHighlightAsync(Guid highlightId, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes everything of a deleted account: their stories with every view of them, their broadcasts and fan-outs,
    /// their views of others' stories, their highlights, the replies they sent or received, and the tray rows they are
    /// the viewer or the owner of.
    /// </summary>
    Task DeleteAllOfAsync(Guid userId, CancellationToken cancellationToken);
}
