using Social.KnownUsers;
using Social.Storage;
using Social.Story.Domain.Highlights;
using Social.Story.Domain.Stories;
using Social.Story.Domain.Tray;
using Social.Story.Domain.Views;

namespace Social.Story.Storage;

/// <summary>
/// Story's storage port. Adapters: SQLite (default), MongoDB. They read facts and write state and events; every
/// decision is the domain's, so the two databases cannot disagree. Writes run in <see cref="WriteAsync{T}"/> (or, for
/// consumers, <see cref="IKnownUsersStore{T}.ApplyOnceAsync"/>). Liveness is a condition of every live read
/// (<c>expires_at &gt; now</c>), so a story leaves every live surface the moment it expires, whatever any job did.
/// Reads are point lookups and index ranges: live stories by (owner, expires at), views by (story, view id).
/// </summary>
public interface IStoryStore : IKnownUsersStore<IStoryTransaction>, IIdempotencyKeyStore
{
    /// <summary>Runs <paramref name="work"/> in one write transaction with the events it publishes.</summary>
    Task<T> WriteAsync<T>(Func<IStoryTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>The story, live or expired.</summary>
    Task<StoryRecord?> FindStoryAsync(Guid storyId, CancellationToken cancellationToken);

    /// <summary>Those of <paramref name="storyIds"/> that exist, live or expired, in no particular order.</summary>
    Task<IReadOnlyList<StoryRecord>> FindStoriesAsync(IReadOnlyCollection<Guid> storyIds, CancellationToken cancellationToken);

    /// <summary>The stories of <paramref name="owners"/> that expire after <paramref name="now"/>, oldest first.</summary>
    Task<IReadOnlyList<StoryRecord>> LiveStoriesAsync(IReadOnlyCollection<Guid> owners, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Those of <paramref name="storyIds"/> that <paramref name="viewerId"/> has seen.</summary>
    Task<IReadOnlySet<Guid>> SeenAsync(Guid viewerId, IReadOnlyCollection<Guid> storyIds, CancellationToken cancellationToken);

    /// <summary>The stories <paramref name="viewerId"/> has seen since <paramref name="since"/>: one range of their views by time.</summary>
    Task<IReadOnlySet<Guid>> SeenSinceAsync(Guid viewerId, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>A page of the story's views, newest first, after the view <paramref name="afterView"/>.</summary>
    Task<StoryViewerPage> ListViewsAsync(Guid storyId, Guid? afterView, int limit, CancellationToken cancellationToken);

    /// <summary>A page of <paramref name="ownerId"/>'s stories expired by <paramref name="now"/>, newest first, after <paramref name="after"/>.</summary>
    Task<StoryPage> ListExpiredAsync(Guid ownerId, DateTimeOffset now, Guid? after, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="limit"/> of the viewer's stored tray rows in the tray's order (unseen first, newest, owner id
    /// descending; an owner's rows at one place in any order), strictly after <paramref name="after"/>: one index range.
    /// </summary>
    Task<IReadOnlyList<TrayRow>> ListTrayRowsAsync(Guid viewerId, TrayPosition? after, int limit, CancellationToken cancellationToken);

    /// <summary>The owners with a broadcast (a story that did not fan out) that expires after <paramref name="now"/>.</summary>
    Task<IReadOnlyList<Guid>> BroadcastingOwnersAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The oldest pending tray fan-out, or null.</summary>
    Task<PendingTrayFanOut?> NextTrayFanOutAsync(CancellationToken cancellationToken);

    Task<HighlightRecord?> FindHighlightAsync(Guid highlightId, CancellationToken cancellationToken);

    /// <summary>A page of <paramref name="ownerId"/>'s highlights, newest first, after <paramref name="after"/>.</summary>
    Task<HighlightPage> ListHighlightsAsync(Guid ownerId, Guid? after, int limit, CancellationToken cancellationToken);
}
