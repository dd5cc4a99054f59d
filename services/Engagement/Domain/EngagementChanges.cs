using Social.ServiceDefaults.Ids;
using Social.Contracts.Events;
using Social.Engagement.Domain.Comments;
using Social.Engagement.Domain.Content;
using Social.Engagement.Domain.Likes;
using Social.Engagement.Domain.Tags;
using Social.Engagement.Storage;
using Social.EventBus.Outbox;
using Social.Engagement.Domain.Mentions;

namespace Social.Engagement.Domain;

/// <summary>
/// The events of one Engagement transaction, published into it as they happen, so that likes, counts and their
/// events commit together or not at all. Changes to an owner's likes received are summed per (owner, shard) and
/// written once, at the end (<see cref="CompleteAsync"/>), so a bulk change (a removed item's million likes) touches
/// each shard once and raises one event per shard.
/// </summary>
public sealed class EngagementChanges(IEngagementTransaction transaction, TimeProvider clock)
{
    private readonly Dictionary<(Guid Owner, int Shard), long> _likesReceived = [];

    public DateTimeOffset At => transaction.At;

    /// <summary>A new like's id: UUIDv7 of the clock now, so a likers list is one index range, newest first.</summary>
    public Guid NewId() => OrderedIds.CreateVersion7(clock.GetUtcNow());

    public void Liked(Guid contentId, Guid ownerId, Guid userId)
    {
        Add(new ContentLiked { ContentId = contentId, OwnerId = ownerId, UserId = userId, At = At }, contentId);
        CountReceived(ownerId, LikeCounterShards.Of(userId), 1);
    }

    public void Unliked(Guid contentId, Guid ownerId, Guid userId, string reason)
    {
        Add(new ContentUnliked { ContentId = contentId, OwnerId = ownerId, UserId = userId, Reason = reason, At = At }, contentId);
        CountReceived(ownerId, LikeCounterShards.Of(userId), -1);
    }

    /// <summary>The item and its likes (by shard) are gone: one event for the item, its likes off its owner's shards.</summary>
    public void Removed(Guid contentId, Guid ownerId, IReadOnlyDictionary<int, long> likesByShard)
    {
        Add(new ContentRemoved { ContentId = contentId, OwnerId = ownerId, At = At }, contentId);
        foreach (var (shard, likes) in likesByShard)
        {
            CountReceived(ownerId, shard, -likes);
        }
    }

    /// <summary>
    /// The owner's account is gone, and their likes received with it: nothing of theirs is counted or announced (a
    /// deleted account never comes back, so no later version can meet a stale one).
    /// </summary>
    public async Task OwnerRemovedAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        foreach (var key in _likesReceived.Keys.Where(key => key.Owner == ownerId).ToList())
        {
            _likesReceived.Remove(key);
        }

        await transaction.DeleteLikesReceivedOfAsync(ownerId, cancellationToken);
    }

    public void CommentPosted(CommentRecord comment, Guid? replyToAuthorId) =>
        Add(new CommentPosted
        {
            CommentId = comment.CommentId, ContentId = comment.ContentId, OwnerId = comment.OwnerId, AuthorId = comment.AuthorId,
            ReplyTo = comment.ThreadId, ReplyToAuthorId = replyToAuthorId, At = At,
        }, comment.ContentId);

    public void CommentDeleted(CommentRecord comment, string reason) =>
        Add(new CommentDeleted
        {
            CommentId = comment.CommentId, ContentId = comment.ContentId, OwnerId = comment.OwnerId, AuthorId = comment.AuthorId, Reason = reason, At = At,
        }, comment.ContentId);

    public void Tagged(TagRecord tag)
    {
        if (tag.UserId != tag.OwnerId)
        {
            Add(new UserTagged { ContentId = tag.ContentId, OwnerId = tag.OwnerId, UserId = tag.UserId, At = At }, tag.ContentId);
        }
    }

    public void TagRemoved(TagRecord tag, string reason)
    {
        if (tag.UserId != tag.OwnerId)
        {
            Add(new TagRemoved { ContentId = tag.ContentId, OwnerId = tag.OwnerId, UserId = tag.UserId, Reason = reason, At = At }, tag.ContentId);
        }
    }

    /// <summary>A caption's linked mention notifies the user it names, unless the owner names themself.</summary>
    public void Mentioned(ContentRecord content, Mention mention)
    {
        if (mention.UserId != content.OwnerId)
        {
            Add(new UserMentioned { ContentId = content.ContentId, AuthorId = content.OwnerId, MentionedId = mention.UserId, At = At }, content.ContentId);
        }
    }

    /// <summary>A linked mention notifies the user it names, unless the author names themself.</summary>
    public void Mentioned(CommentRecord comment, Mention mention)
    {
        if (mention.UserId != comment.AuthorId)
        {
            Add(new UserMentioned { CommentId = comment.CommentId, ContentId = comment.ContentId, AuthorId = comment.AuthorId, MentionedId = mention.UserId, At = At }, comment.ContentId);
        }
    }

    public void CommentLiked(CommentRecord comment, Guid userId) =>
        Add(new CommentLiked { CommentId = comment.CommentId, ContentId = comment.ContentId, AuthorId = comment.AuthorId, UserId = userId, At = At }, comment.ContentId);

    public void CommentUnliked(Guid commentId, Guid contentId, Guid authorId, Guid userId, string reason) =>
        Add(new CommentUnliked { CommentId = commentId, ContentId = contentId, AuthorId = authorId, UserId = userId, Reason = reason, At = At }, contentId);

    /// <summary>
    /// Adds <paramref name="delta"/> to one shard of the owner's likes received, raising its version, and announces
    /// what the shard now holds. A delta of 0 announces the shard again at a new version (a reconciler's re-announcement).
    /// </summary>
    public async Task<LikesReceived> AdjustReceivedAsync(Guid ownerId, int shard, long delta, CancellationToken cancellationToken)
    {
        var received = await transaction.AdjustLikesReceivedAsync(ownerId, shard, delta, cancellationToken);
        Add(new LikesReceivedChanged { UserId = ownerId, Shard = shard, Likes = received.Likes, Version = received.Version, At = At }, ownerId);
        return received;
    }

    /// <summary>Writes and announces the summed changes to owners' likes received; call once, when the transaction's work is done.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        foreach (var ((owner, shard), delta) in _likesReceived.Where(entry => entry.Value != 0))
        {
            await AdjustReceivedAsync(owner, shard, delta, cancellationToken);
        }

        _likesReceived.Clear();
    }

    private void CountReceived(Guid ownerId, int shard, long delta) =>
        _likesReceived[(ownerId, shard)] = _likesReceived.GetValueOrDefault((ownerId, shard)) + delta;

    private void Add<TEvent>(TEvent message, Guid aggregate)
        where TEvent : class =>
        transaction.Publish(OutboxMessage.Create(message, aggregate.ToString(), clock));
}
