using Social.Graph.Domain.Edges;
using Social.Graph.Storage;
using Social.Storage.FanOuts;

namespace Social.Graph.Domain.Users;

/// <summary>
/// Carries out pending fan-outs (<see cref="PendingFanOut"/>) one bounded batch per transaction, so deleting an account
/// with a million followers, or a celebrity going public with 100,000 waiting requests, never holds the write lock for
/// long nor keeps a million events in memory: each batch commits its edges, the counterparts' counts and their events
/// together, and the next batch starts from what is left.
/// </summary>
public sealed class FanOutWork(IGraphStore store, TimeProvider clock, int batchSize = FanOutWork.DefaultBatchSize) : IFanOutWork
{
    public const int DefaultBatchSize = 500;

    /// <summary>Runs one batch of the oldest pending fan-out; false when nothing was pending.</summary>
    public Task<bool> RunBatchAsync(CancellationToken cancellationToken) =>
        store.WriteAsync(
            async (transaction, ct) =>
            {
                if (await transaction.NextFanOutAsync(ct) is not { } work)
                {
                    return false;
                }

                var done = work.Kind switch
                {
                    FanOutKind.RemoveUser => await RemoveUserBatchAsync(transaction, work.UserId, ct),
                    FanOutKind.AcceptRequests => await AcceptRequestsBatchAsync(transaction, work.UserId, ct),
                    _ => true,
                };
                if (done)
                {
                    await transaction.CompleteFanOutAsync(work, ct);
                }

                return true;
            },
            cancellationToken);

    /// <summary>Runs batches until nothing is pending (tests, and a worker catching up).</summary>
    public async Task RunUntilIdleAsync(CancellationToken cancellationToken)
    {
        while (await RunBatchAsync(cancellationToken))
        {
        }
    }

    /// <summary>
    /// One step of removing a deleted user: whom they followed lose a follower, then who followed them lose a followee,
    /// then the other edges (requests, blocks, mutes, close friends) go, then their counts. True when nothing is left.
    /// </summary>
    private async Task<bool> RemoveUserBatchAsync(IGraphTransaction transaction, Guid userId, CancellationToken cancellationToken)
    {
        var changes = new GraphChanges(transaction, clock);
        var followees = await transaction.DeleteFollowsOfAsync(userId, EdgeList.Following, batchSize, cancellationToken);
        if (followees.Count > 0)
        {
            await AdjustAsync(transaction, changes, followees, userId, followers: -1, following: 0, cancellationToken);
            return false;
        }

        var followers = await transaction.DeleteFollowsOfAsync(userId, EdgeList.Followers, batchSize, cancellationToken);
        if (followers.Count > 0)
        {
            await AdjustAsync(transaction, changes, followers, userId, followers: 0, following: -1, cancellationToken);
            return false;
        }

        if (await transaction.DeleteOtherEdgesOfAsync(userId, batchSize, cancellationToken) > 0)
        {
            return false;
        }

        await transaction.DeleteCountsAsync(userId, cancellationToken);
        return true;
    }

    /// <summary>
    /// One batch of a public account's waiting requests, oldest first. An account that went private again before the
    /// last batch keeps the requests still waiting: the fan-out ends there.
    /// </summary>
    private async Task<bool> AcceptRequestsBatchAsync(IGraphTransaction transaction, Guid userId, CancellationToken cancellationToken)
    {
        if (await transaction.ReadSettingsAsync(userId, cancellationToken) is not { IsPrivate: false })
        {
            return true;
        }

        var changes = new GraphChanges(transaction, clock);
        var requesters = await transaction.RequestersOfAsync(userId, batchSize, cancellationToken);
        foreach (var requester in requesters)
        {
            await EdgeWrites.AcceptRequestAsync(transaction, changes, userId, requester, cancellationToken);
        }

        return requesters.Count < batchSize;
    }

    /// <summary>The counterparts of a deleted user's edges: each loses the edge in the deleted user's shard, where it was counted.</summary>
    private static async Task AdjustAsync(
        IGraphTransaction transaction, GraphChanges changes, IReadOnlyList<Guid> users, Guid removed, long followers, long following, CancellationToken cancellationToken)
    {
        var shard = FollowCountShards.Of(removed);
        foreach (var counts in await transaction.AdjustCountsOfAsync(users, shard, followers, following, cancellationToken))
        {
            changes.CountsChanged(counts);
        }
    }
}
