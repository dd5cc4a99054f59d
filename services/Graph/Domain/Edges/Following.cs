using Social.Contracts.Events;
using Social.Graph.Storage;

namespace Social.Graph.Domain.Edges;

/// <summary>Follow, unfollow, answer requests, remove a follower: each one transaction with its counts and events.</summary>
public sealed class Following(IGraphStore store, TimeProvider clock)
{
    public Task<FollowOutcome> FollowAsync(Guid actor, Guid target, CancellationToken cancellationToken) =>
        store.WriteAsync(async (transaction, ct) =>
        {
            var changes = new GraphChanges(transaction, clock);
            await transaction.ClaimPairAsync(actor, target, ct);
            var facts = await transaction.ReadPolicyFactsAsync(actor, target, ct);
            var outcome = FollowRules.Decide(actor, target, facts);
            if (outcome == FollowOutcome.Requested)
            {
                await EdgeWrites.AddRequestAsync(transaction, changes, actor, target, ct);
            }
            else if (outcome == FollowOutcome.Following)
            {
                await EdgeWrites.AddFollowAsync(transaction, changes, actor, target, ct);
            }

            return outcome;
        }, cancellationToken);

    /// <summary>Removes the follow edge or the pending request from <paramref name="actor"/> to <paramref name="target"/>.</summary>
    public Task UnfollowAsync(Guid actor, Guid target, CancellationToken cancellationToken) =>
        store.WriteAsync(async (transaction, ct) =>
        {
            var changes = new GraphChanges(transaction, clock);
            await EdgeWrites.RemoveFollowAsync(transaction, changes, actor, target, FollowEndReasons.Unfollowed, ct);
            await EdgeWrites.RemoveRequestAsync(transaction, changes, actor, target, FollowEndReasons.Cancelled, ct);
            return true;
        }, cancellationToken);

    /// <summary>Turns <paramref name="requester"/>'s request into a follow; false when no such request waits.</summary>
    public Task<bool> AcceptRequestAsync(Guid owner, Guid requester, CancellationToken cancellationToken) =>
        store.WriteAsync(
            (transaction, ct) => EdgeWrites.AcceptRequestAsync(transaction, new GraphChanges(transaction, clock), owner, requester, ct),
            cancellationToken);

    /// <summary>Drops <paramref name="requester"/>'s request; false when no such request waits.</summary>
    public Task<bool> DeclineRequestAsync(Guid owner, Guid requester, CancellationToken cancellationToken) =>
        store.WriteAsync(
            (transaction, ct) => EdgeWrites.RemoveRequestAsync(
                transaction, new GraphChanges(transaction, clock), requester, owner, FollowEndReasons.Declined, ct),
            cancellationToken);

    public Task RemoveFollowerAsync(Guid owner, Guid follower, CancellationToken cancellationToken) =>
        store.WriteAsync(
            (transaction, ct) => EdgeWrites.RemoveFollowAsync(
                transaction, new GraphChanges(transaction, clock), follower, owner, FollowEndReasons.Removed, ct),
            cancellationToken);
}
