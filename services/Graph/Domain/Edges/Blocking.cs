using Social.Contracts.Events;
using Social.Graph.Storage;

namespace Social.Graph.Domain.Edges;

/// <summary>
/// Blocks sever everything between two users at once, both ways: follows (with both users' counts), requests and
/// close friends. Unblocking restores nothing.
/// </summary>
public sealed class Blocking(IGraphStore store, TimeProvider clock)
{
    /// <summary>Blocks; false when the target is unknown or deleted.</summary>
    public Task<bool> BlockAsync(Guid actor, Guid target, CancellationToken cancellationToken) =>
        store.WriteAsync(async (transaction, ct) =>
        {
            if (!await transaction.UserExistsAsync(target, ct))
            {
                return false;
            }

            var changes = new GraphChanges(transaction, clock);
            await transaction.ClaimPairAsync(actor, target, ct);
            if (!await transaction.InsertEdgeAsync(EdgeKind.Block, actor, target, changes.NewEdgeId(), ct))
            {
                return true; // Already blocked: nothing left to sever.
            }

            await EdgeWrites.RemoveFollowAsync(transaction, changes, actor, target, FollowEndReasons.Blocked, ct);
            await EdgeWrites.RemoveFollowAsync(transaction, changes, target, actor, FollowEndReasons.Blocked, ct);
            await EdgeWrites.RemoveRequestAsync(transaction, changes, actor, target, FollowEndReasons.Blocked, ct);
            await EdgeWrites.RemoveRequestAsync(transaction, changes, target, actor, FollowEndReasons.Blocked, ct);
            await transaction.DeleteEdgeAsync(EdgeKind.CloseFriend, actor, target, ct);
            await transaction.DeleteEdgeAsync(EdgeKind.CloseFriend, target, actor, ct);
            changes.Blocked(actor, target);
            return true;
        }, cancellationToken);

    public Task UnblockAsync(Guid actor, Guid target, CancellationToken cancellationToken) =>
        store.WriteAsync(async (transaction, ct) =>
        {
            if (await transaction.DeleteEdgeAsync(EdgeKind.Block, actor, target, ct))
            {
                new GraphChanges(transaction, clock).Unblocked(actor, target);
            }

            return true;
        }, cancellationToken);
}
