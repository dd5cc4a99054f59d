using MongoDB.Driver;
using Social.Contracts.Events;
using Social.Graph.Edges;
using Social.Graph.Users;

namespace Social.Graph.Storage.MongoDb;

/// <summary>Follows and follow requests; every edge change adjusts both users' counts in the same transaction.</summary>
public sealed partial class MongoGraphStore
{
    // Users whose counts change together are updated a batch at a time: one $in per batch stays far below BSON limits.
    private const int CountsBatchSize = 1000;

    public Task<FollowOutcome> FollowAsync(Guid actor, Guid target, CancellationToken cancellationToken) =>
        WriteAsync(async (session, changes, ct) =>
        {
            if (!await UserExistsAsync(session, target, ct))
            {
                return FollowOutcome.TargetNotFound;
            }

            if (await ExistsAsync(Blocks, session, target, actor, ct))
            {
                return FollowOutcome.BlockedByTarget;
            }

            if (!await UserExistsAsync(session, actor, ct))
            {
                return FollowOutcome.ActorNotFound;
            }

            if (await ExistsAsync(Blocks, session, actor, target, ct))
            {
                return FollowOutcome.Blocking;
            }

            if (await ExistsAsync(Follows, session, actor, target, ct))
            {
                return FollowOutcome.Following;
            }

            if ((await ReadSettingsAsync(session, target, ct))?.IsPrivate == true)
            {
                var request = new FollowRequestDocument
                {
                    Id = EdgeDocument.IdOf(actor, target),
                    RequesterId = actor.ToString(),
                    TargetId = target.ToString(),
                    EdgeId = NewEdgeId().ToString(),
                    CreatedAt = changes.At.UtcDateTime,
                };
                if (await InsertOnceAsync(FollowRequests, session, request, ct))
                {
                    changes.Requested(actor, target);
                }

                return FollowOutcome.Requested;
            }

            await AddFollowAsync(session, changes, actor, target, ct);
            return FollowOutcome.Following;
        }, cancellationToken);

    public Task UnfollowAsync(Guid actor, Guid target, CancellationToken cancellationToken) =>
        WriteAsync(async (session, changes, ct) =>
        {
            await RemoveFollowAsync(session, changes, actor, target, FollowEndReasons.Unfollowed, ct);
            await RemoveRequestAsync(session, changes, actor, target, FollowEndReasons.Cancelled, ct);
            return true;
        }, cancellationToken);

    public Task<bool> AcceptRequestAsync(Guid owner, Guid requester, CancellationToken cancellationToken) =>
        WriteAsync((session, changes, ct) => AcceptAsync(session, changes, owner, requester, ct), cancellationToken);

    public Task<bool> DeclineRequestAsync(Guid owner, Guid requester, CancellationToken cancellationToken) =>
        WriteAsync((session, changes, ct) => RemoveRequestAsync(session, changes, requester, owner, FollowEndReasons.Declined, ct), cancellationToken);

    public Task RemoveFollowerAsync(Guid owner, Guid follower, CancellationToken cancellationToken) =>
        WriteAsync((session, changes, ct) => RemoveFollowAsync(session, changes, follower, owner, FollowEndReasons.Removed, ct), cancellationToken);

    private async Task<bool> AcceptAsync(IClientSessionHandle session, GraphChanges changes, Guid owner, Guid requester, CancellationToken cancellationToken)
    {
        if (!await DeleteAsync(FollowRequests, session, requester, owner, cancellationToken))
        {
            return false;
        }

        changes.RequestAccepted(requester, owner);
        await AddFollowAsync(session, changes, requester, owner, cancellationToken);
        return true;
    }

    private async Task AddFollowAsync(IClientSessionHandle session, GraphChanges changes, Guid follower, Guid followee, CancellationToken cancellationToken)
    {
        var follow = new FollowDocument
        {
            Id = EdgeDocument.IdOf(follower, followee),
            FollowerId = follower.ToString(),
            FolloweeId = followee.ToString(),
            EdgeId = NewEdgeId().ToString(),
            CreatedAt = changes.At.UtcDateTime,
        };
        if (await InsertOnceAsync(Follows, session, follow, cancellationToken))
        {
            changes.Followed(follower, followee);
            await AdjustCountsAsync(session, changes, follower, followers: 0, following: 1, cancellationToken);
            await AdjustCountsAsync(session, changes, followee, followers: 1, following: 0, cancellationToken);
        }
    }

    private async Task<bool> RemoveFollowAsync(
        IClientSessionHandle session, GraphChanges changes, Guid follower, Guid followee, string reason, CancellationToken cancellationToken)
    {
        if (!await DeleteAsync(Follows, session, follower, followee, cancellationToken))
        {
            return false;
        }

        changes.Unfollowed(follower, followee, reason);
        if (reason == FollowEndReasons.Removed)
        {
            changes.FollowerRemoved(followee, follower);
        }

        await AdjustCountsAsync(session, changes, follower, followers: 0, following: -1, cancellationToken);
        await AdjustCountsAsync(session, changes, followee, followers: -1, following: 0, cancellationToken);
        return true;
    }

    private async Task<bool> RemoveRequestAsync(
        IClientSessionHandle session, GraphChanges changes, Guid requester, Guid target, string reason, CancellationToken cancellationToken)
    {
        if (!await DeleteAsync(FollowRequests, session, requester, target, cancellationToken))
        {
            return false;
        }

        changes.RequestWithdrawn(requester, target, reason);
        return true;
    }

    /// <summary>Whoever waits for <paramref name="target"/>'s answer, oldest request first.</summary>
    private async Task<IReadOnlyList<Guid>> RequestersOfAsync(IClientSessionHandle session, Guid target, CancellationToken cancellationToken)
    {
        var requests = await FollowRequests.Find(session, r => r.TargetId == target.ToString())
            .SortBy(r => r.EdgeId)
            .ToListAsync(cancellationToken);
        return [.. requests.Select(r => Guid.Parse(r.RequesterId))];
    }

    /// <summary>Adds to a user's counts and bumps their version; the new counts become an event.</summary>
    private async Task AdjustCountsAsync(
        IClientSessionHandle session, GraphChanges changes, Guid user, long followers, long following, CancellationToken cancellationToken)
    {
        var updated = await Users.FindOneAndUpdateAsync(
            session,
            Builders<GraphUserDocument>.Filter.Eq(u => u.Id, user.ToString()),
            CountsUpdate(followers, following),
            new FindOneAndUpdateOptions<GraphUserDocument> { ReturnDocument = ReturnDocument.After },
            cancellationToken);
        if (updated is not null)
        {
            changes.CountsChanged(CountsOf(updated));
        }
    }

    /// <summary>Adjusts the counts of every user <paramref name="users"/> yields, a batch per round trip.</summary>
    private async Task AdjustCountsOfAsync(
        IClientSessionHandle session, GraphChanges changes, IFindFluent<FollowDocument, string> users, long followers, long following,
        CancellationToken cancellationToken)
    {
        using var cursor = await users.ToCursorAsync(cancellationToken);
        var batch = new List<string>(CountsBatchSize);
        while (await cursor.MoveNextAsync(cancellationToken))
        {
            foreach (var user in cursor.Current)
            {
                batch.Add(user);
                if (batch.Count == CountsBatchSize)
                {
                    await AdjustBatchAsync(session, changes, batch, followers, following, cancellationToken);
                    batch.Clear();
                }
            }
        }

        if (batch.Count > 0)
        {
            await AdjustBatchAsync(session, changes, batch, followers, following, cancellationToken);
        }
    }

    private async Task AdjustBatchAsync(
        IClientSessionHandle session, GraphChanges changes, IReadOnlyList<string> users, long followers, long following, CancellationToken cancellationToken)
    {
        var filter = Builders<GraphUserDocument>.Filter.In(u => u.Id, users);
        await Users.UpdateManyAsync(session, filter, CountsUpdate(followers, following), cancellationToken: cancellationToken);

        // Read in the same transaction, so these are the counts just written.
        foreach (var updated in await Users.Find(session, filter).ToListAsync(cancellationToken))
        {
            changes.CountsChanged(CountsOf(updated));
        }
    }

    private static UpdateDefinition<GraphUserDocument> CountsUpdate(long followers, long following) =>
        Builders<GraphUserDocument>.Update
            .Inc(u => u.FollowersCount, followers)
            .Inc(u => u.FollowingCount, following)
            .Inc(u => u.CountsVersion, 1);

    private static FollowCounts CountsOf(GraphUserDocument user) =>
        new(Guid.Parse(user.Id), user.FollowersCount, user.FollowingCount, user.CountsVersion);

    private Task<bool> UserExistsAsync(IClientSessionHandle session, Guid user, CancellationToken cancellationToken) =>
        Users.Find(session, u => u.Id == user.ToString()).AnyAsync(cancellationToken);

    private static Task<bool> ExistsAsync<T>(IMongoCollection<T> edges, IClientSessionHandle session, Guid from, Guid to, CancellationToken cancellationToken)
        where T : EdgeDocument =>
        edges.Find(session, Builders<T>.Filter.Eq(e => e.Id, EdgeDocument.IdOf(from, to))).AnyAsync(cancellationToken);
}
