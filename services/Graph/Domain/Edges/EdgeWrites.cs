using Social.Contracts.Events;
using Social.Graph.Domain.Users;
using Social.Graph.Storage;

namespace Social.Graph.Domain.Edges;

/// <summary>
/// The edge changes several use cases share. Each changes both users' counts with the edge and raises its events,
/// only when the edge really changed, so a repeated call changes nothing and raises nothing. Each user's count changes
/// in the shard of the other (<see cref="FollowCountShards"/>), so an edge is taken off the shard it was added to.
/// </summary>
internal static class EdgeWrites
{
    public static async Task AddFollowAsync(IGraphTransaction transaction, GraphChanges changes, Guid follower, Guid followee, CancellationToken cancellationToken)
    {
        if (!await transaction.InsertEdgeAsync(EdgeKind.Follow, follower, followee, changes.NewEdgeId(), cancellationToken))
        {
            return;
        }

        changes.Followed(follower, followee);
        await AdjustCountsAsync(transaction, changes, follower, followee, +1, cancellationToken);
    }

    public static async Task<bool> RemoveFollowAsync(
        IGraphTransaction transaction, GraphChanges changes, Guid follower, Guid followee, string reason, CancellationToken cancellationToken)
    {
        if (!await transaction.DeleteEdgeAsync(EdgeKind.Follow, follower, followee, cancellationToken))
        {
            return false;
        }

        changes.Unfollowed(follower, followee, reason);
        if (reason == FollowEndReasons.Removed)
        {
            changes.FollowerRemoved(followee, follower);
        }

        await AdjustCountsAsync(transaction, changes, follower, followee, -1, cancellationToken);
        return true;
    }

    public static async Task<bool> AddRequestAsync(IGraphTransaction transaction, GraphChanges changes, Guid requester, Guid target, CancellationToken cancellationToken)
    {
        if (!await transaction.InsertEdgeAsync(EdgeKind.FollowRequest, requester, target, changes.NewEdgeId(), cancellationToken))
        {
            return false;
        }

        changes.Requested(requester, target);
        return true;
    }

    public static async Task<bool> RemoveRequestAsync(
        IGraphTransaction transaction, GraphChanges changes, Guid requester, Guid target, string reason, CancellationToken cancellationToken)
    {
        if (!await transaction.DeleteEdgeAsync(EdgeKind.FollowRequest, requester, target, cancellationToken))
        {
            return false;
        }

        changes.RequestWithdrawn(requester, target, reason);
        return true;
    }

    /// <summary>
    /// Turns a waiting request into a follow; false when no such request waits. The pair is claimed and the block
    /// re-checked first: a block that raced the request (on a database that does not serialize writers) withdraws it
    /// instead of letting a follow through.
    /// </summary>
    public static async Task<bool> AcceptRequestAsync(IGraphTransaction transaction, GraphChanges changes, Guid owner, Guid requester, CancellationToken cancellationToken)
    {
        await transaction.ClaimPairAsync(owner, requester, cancellationToken);
        if (!await transaction.DeleteEdgeAsync(EdgeKind.FollowRequest, requester, owner, cancellationToken))
        {
            return false;
        }

        if (!FollowRules.MayAccept(requester, owner, await transaction.ReadPolicyFactsAsync(requester, owner, cancellationToken)))
        {
            changes.RequestWithdrawn(requester, owner, FollowEndReasons.Blocked);
            return false;
        }

        changes.RequestAccepted(requester, owner);
        await AddFollowAsync(transaction, changes, requester, owner, cancellationToken);
        return true;
    }

    /// <summary>
    /// The follower's following count, then the followee's followers count: the celebrity's shard last, so the write
    /// that concurrent followers may share comes as late in the transaction as it can.
    /// </summary>
    private static async Task AdjustCountsAsync(
        IGraphTransaction transaction, GraphChanges changes, Guid follower, Guid followee, long delta, CancellationToken cancellationToken)
    {
        changes.CountsChanged(await transaction.AdjustCountsAsync(follower, FollowCountShards.Of(followee), followers: 0, following: delta, cancellationToken));
        changes.CountsChanged(await transaction.AdjustCountsAsync(followee, FollowCountShards.Of(follower), followers: delta, following: 0, cancellationToken));
    }
}
