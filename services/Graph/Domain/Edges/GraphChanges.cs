using Social.ServiceDefaults.Ids;
using Social.Contracts.Events;
using Social.EventBus.Outbox;
using Social.Graph.Domain.Users;
using Social.Graph.Storage;

namespace Social.Graph.Domain.Edges;

/// <summary>
/// The events of one graph transaction, published into it as they happen, so that an edge and its events commit
/// together or not at all.
/// </summary>
public sealed class GraphChanges(IGraphTransaction transaction, TimeProvider clock)
{
    public DateTimeOffset At => transaction.At;

    /// <summary>
    /// A new edge's id: UUIDv7 of the clock now, read afresh for each edge, so edges made by one transaction (a private
    /// account going public accepts every request) keep the order they were made in.
    /// </summary>
    public Guid NewEdgeId() => OrderedIds.CreateVersion7(clock.GetUtcNow());

    public void Followed(Guid follower, Guid followee) =>
        Add(new UserFollowed { FollowerId = follower, FolloweeId = followee, At = At }, followee);

    public void Unfollowed(Guid follower, Guid followee, string reason) =>
        Add(new UserUnfollowed { FollowerId = follower, FolloweeId = followee, Reason = reason, At = At }, followee);

    public void FollowerRemoved(Guid user, Guid follower) =>
        Add(new FollowerRemoved { UserId = user, FollowerId = follower, At = At }, user);

    public void Requested(Guid requester, Guid target) =>
        Add(new FollowRequested { RequesterId = requester, TargetId = target, At = At }, target);

    public void RequestAccepted(Guid requester, Guid target) =>
        Add(new FollowRequestAccepted { RequesterId = requester, TargetId = target, At = At }, target);

    public void RequestWithdrawn(Guid requester, Guid target, string reason) =>
        Add(new FollowRequestWithdrawn { RequesterId = requester, TargetId = target, Reason = reason, At = At }, target);

    public void Blocked(Guid blocker, Guid blocked) =>
        Add(new UserBlocked { BlockerId = blocker, BlockedId = blocked, At = At }, blocker);

    public void Unblocked(Guid blocker, Guid blocked) =>
        Add(new UserUnblocked { BlockerId = blocker, BlockedId = blocked, At = At }, blocker);

    /// <summary>Announces one shard of a user's counts as now stored (see <see cref="FollowCountsShardChanged"/> for why never a total).</summary>
    public void CountsChanged(FollowCountsShard counts) =>
        Add(
            new FollowCountsShardChanged
            {
                UserId = counts.UserId, Shard = counts.Shard, Followers = counts.Followers, Following = counts.Following, Version = counts.Version, At = At,
            },
            counts.UserId);

    private void Add<TEvent>(TEvent message, Guid aggregate)
        where TEvent : class =>
        transaction.Publish(OutboxMessage.Create(message, aggregate.ToString(), clock));
}
