using Social.Contracts.Events;
using Social.Graph.Users;
using Social.EventBus.Outbox;

namespace Social.Graph.Edges;

/// <summary>
/// The events one graph transaction raises, collected while it runs and written to the outbox before it commits, so
/// that an edge and its events exist together or not at all. Every store adapter raises the same events this way.
/// </summary>
public sealed class GraphChanges(TimeProvider clock)
{
    private readonly List<OutboxMessage> _messages = [];

    public DateTimeOffset At { get; } = clock.GetUtcNow();

    public IReadOnlyList<OutboxMessage> Messages => _messages;

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

    public void CountsChanged(FollowCounts counts) =>
        Add(new FollowCountsChanged { UserId = counts.UserId, Followers = counts.Followers, Following = counts.Following, Version = counts.Version }, counts.UserId);

    private void Add<TEvent>(TEvent message, Guid aggregate)
        where TEvent : class =>
        _messages.Add(OutboxMessage.Create(message, aggregate.ToString(), clock));
}
