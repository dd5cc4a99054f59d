using Social.Contracts.Events;
using Social.Engagement.Storage;
using Social.EventBus.Outbox;

namespace Social.Engagement.Domain;

/// <summary>
/// The events of one Engagement transaction, published into it as they happen, so that likes, counts and their
/// events commit together or not at all. Likes-received deltas are summed per owner and written once, at the end,
/// so a bulk change (a removed item's million likes) is one event.
/// </summary>
public sealed class EngagementChanges(IEngagementTransaction transaction, TimeProvider clock)
{
    private readonly Dictionary<Guid, long> _likesReceived = [];

    public DateTimeOffset At => transaction.At;

    /// <summary>A new like's id: UUIDv7 of the clock now, so a likers list is one index range, newest first.</summary>
    public Guid NewId() => Guid.CreateVersion7(clock.GetUtcNow());

    public void Liked(Guid contentId, Guid ownerId, Guid userId)
    {
        Add(new ContentLiked { ContentId = contentId, OwnerId = ownerId, UserId = userId, At = At }, contentId);
        _likesReceived[ownerId] = _likesReceived.GetValueOrDefault(ownerId) + 1;
    }

    public void Unliked(Guid contentId, Guid ownerId, Guid userId, string reason)
    {
        Add(new ContentUnliked { ContentId = contentId, OwnerId = ownerId, UserId = userId, Reason = reason, At = At }, contentId);
        _likesReceived[ownerId] = _likesReceived.GetValueOrDefault(ownerId) - 1;
    }

    /// <summary>The item and its <paramref name="likes"/> likes are gone: one event for the item, one delta for its owner.</summary>
    public void Removed(Guid contentId, Guid ownerId, long likes)
    {
        Add(new ContentRemoved { ContentId = contentId, OwnerId = ownerId, At = At }, contentId);
        _likesReceived[ownerId] = _likesReceived.GetValueOrDefault(ownerId) - likes;
    }

    /// <summary>Publishes the summed likes-received deltas; call once, when the transaction's work is done.</summary>
    public void Complete()
    {
        foreach (var (owner, delta) in _likesReceived.Where(entry => entry.Value != 0))
        {
            Add(new LikesReceivedChanged { UserId = owner, Delta = delta, At = At }, owner);
        }

        _likesReceived.Clear();
    }

    private void Add<TEvent>(TEvent message, Guid aggregate)
        where TEvent : class =>
        transaction.Publish(OutboxMessage.Create(message, aggregate.ToString(), clock));
}
