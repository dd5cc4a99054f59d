using Social.KnownUsers;
using Social.Relationships.Blocks;
using Social.Storage;
using Social.Story.Domain.Highlights;
using Social.Story.Domain.Replies;
using Social.Story.Domain.Stories;
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

    /// <summary>Deletes the story and its views; true when there was one.</summary>
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
    /// Deletes everything of a deleted account: their stories with every view of them, their views of others' stories,
    /// their highlights and the replies they sent or received.
    /// </summary>
    Task DeleteAllOfAsync(Guid userId, CancellationToken cancellationToken);
}
