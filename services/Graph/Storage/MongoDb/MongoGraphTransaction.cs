using MongoDB.Bson;
using MongoDB.Driver;
using Social.Graph.Domain.Edges;
using Social.Graph.Domain.Policy;
using Social.Graph.Domain.Users;
using Social.KnownUsers.MongoDb;

namespace Social.Graph.Storage.MongoDb;

/// <summary>
/// The writes of one graph transaction on MongoDB (a multi-document transaction in one session). Edges are keyed by
/// their pair, so a repeated insert meets the edge already there instead of a duplicate key.
/// </summary>
public sealed class MongoGraphTransaction(IClientSessionHandle session, IMongoDatabase database, DateTimeOffset at)
    : MongoKnownUsersTransaction(session, database, at), IGraphTransaction
{
    // Users whose counts change together are updated a batch at a time: one $in per batch stays far below BSON limits.
    private const int CountsBatchSize = 1000;

    private readonly GraphCollections _graph = new(database);

    public Task<PolicyFacts> ReadPolicyFactsAsync(Guid actor, Guid target, CancellationToken cancellationToken) =>
        MongoGraphReads.ReadPolicyFactsAsync(_graph, Database, Session, actor, target, cancellationToken);

    /// <summary>
    /// An increment of the pair's one document: two transactions that both write it cannot both commit (MongoDB aborts
    /// the later with a write conflict, and the transaction runs again), which snapshot isolation alone would allow when
    /// each only inserts a different edge.
    /// </summary>
    public Task ClaimPairAsync(Guid first, Guid second, CancellationToken cancellationToken) =>
        _graph.PairClaims.UpdateOneAsync(
            Session,
            c => c.Id == PairClaimDocument.IdOf(first, second),
            Builders<PairClaimDocument>.Update.Inc(c => c.Writes, 1),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);

    public Task<bool> InsertEdgeAsync(EdgeKind kind, Guid source, Guid target, Guid edgeId, CancellationToken cancellationToken)
    {
        var (id, a, b, edge, created) = (EdgeDocument.IdOf(source, target), source.ToString(), target.ToString(), edgeId.ToString(), At.UtcDateTime);
        return kind switch
        {
            EdgeKind.Follow => InsertOnceAsync(_graph.Follows, new FollowDocument { Id = id, FollowerId = a, FolloweeId = b, EdgeId = edge, CreatedAt = created }, cancellationToken),
            EdgeKind.FollowRequest => InsertOnceAsync(_graph.FollowRequests, new FollowRequestDocument { Id = id, RequesterId = a, TargetId = b, EdgeId = edge, CreatedAt = created }, cancellationToken),
            EdgeKind.Block => InsertOnceAsync(_graph.Blocks, new BlockDocument { Id = id, BlockerId = a, BlockedId = b, EdgeId = edge, CreatedAt = created }, cancellationToken),
            EdgeKind.Mute => InsertOnceAsync(_graph.Mutes, new MuteDocument { Id = id, MuterId = a, MutedId = b, EdgeId = edge, CreatedAt = created }, cancellationToken),
            EdgeKind.CloseFriend => InsertOnceAsync(_graph.CloseFriends, new CloseFriendDocument { Id = id, OwnerId = a, FriendId = b, EdgeId = edge, CreatedAt = created }, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown edge kind."),
        };
    }

    public Task<bool> DeleteEdgeAsync(EdgeKind kind, Guid source, Guid target, CancellationToken cancellationToken) => kind switch
    {
        EdgeKind.Follow => DeleteAsync(_graph.Follows, source, target, cancellationToken),
        EdgeKind.FollowRequest => DeleteAsync(_graph.FollowRequests, source, target, cancellationToken),
        EdgeKind.Block => DeleteAsync(_graph.Blocks, source, target, cancellationToken),
        EdgeKind.Mute => DeleteAsync(_graph.Mutes, source, target, cancellationToken),
        EdgeKind.CloseFriend => DeleteAsync(_graph.CloseFriends, source, target, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown edge kind."),
    };

    public Task UpsertMuteAsync(Guid muter, Guid muted, Guid edgeId, DateTimeOffset? expiresAt, CancellationToken cancellationToken) =>
        _graph.Mutes.UpdateOneAsync(
            Session,
            Builders<MuteDocument>.Filter.Eq(m => m.Id, EdgeDocument.IdOf(muter, muted)),
            Builders<MuteDocument>.Update
                .SetOnInsert(m => m.MuterId, muter.ToString())
                .SetOnInsert(m => m.MutedId, muted.ToString())
                .SetOnInsert(m => m.EdgeId, edgeId.ToString())
                .SetOnInsert(m => m.CreatedAt, At.UtcDateTime)
                .Set(m => m.ExpiresAt, expiresAt?.UtcDateTime),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);

    public async Task<IReadOnlyList<Guid>> RequestersOfAsync(Guid target, int max, CancellationToken cancellationToken)
    {
        var requests = await _graph.FollowRequests.Find(Session, r => r.TargetId == target.ToString())
            .SortBy(r => r.EdgeId)
            .Limit(max)
            .ToListAsync(cancellationToken);
        return [.. requests.Select(r => Guid.Parse(r.RequesterId))];
    }

    /// <summary>
    /// One atomic update of the shard's document that answers it as it now stands. Concurrent followers of one user
    /// write the same document only when they share a shard, so most of them commit without a write conflict.
    /// </summary>
    public async Task<FollowCountsShard> AdjustCountsAsync(Guid userId, int shard, long followers, long following, CancellationToken cancellationToken)
    {
        var updated = await _graph.Counts.FindOneAndUpdateAsync(
            Session,
            Builders<FollowCountsDocument>.Filter.Eq(c => c.Id, FollowCountsDocument.IdOf(userId, shard)),
            CountsUpdate(followers, following),
            new FindOneAndUpdateOptions<FollowCountsDocument> { ReturnDocument = ReturnDocument.After, IsUpsert = true },
            cancellationToken);
        return updated.ToShard(userId, shard);
    }

    public async Task<IReadOnlyList<FollowCountsShard>> AdjustCountsOfAsync(
        IReadOnlyCollection<Guid> users, int shard, long followers, long following, CancellationToken cancellationToken)
    {
        var changed = new List<FollowCountsShard>(users.Count);
        foreach (var batch in users.Chunk(CountsBatchSize))
        {
            changed.AddRange(await AdjustBatchAsync(batch, shard, followers, following, cancellationToken));
        }

        return changed;
    }

    public async Task<IReadOnlyList<Guid>> DeleteFollowsOfAsync(Guid userId, EdgeList side, int max, CancellationToken cancellationToken)
    {
        var id = userId.ToString();
        var (mine, theirs) = side switch
        {
            EdgeList.Following => (Builders<FollowDocument>.Filter.Eq(f => f.FollowerId, id), (Func<FollowDocument, string>)(f => f.FolloweeId)),
            EdgeList.Followers => (Builders<FollowDocument>.Filter.Eq(f => f.FolloweeId, id), f => f.FollowerId),
            _ => throw new ArgumentOutOfRangeException(nameof(side), side, "Only follows have sides."),
        };
        var edges = await _graph.Follows.Find(Session, mine).Limit(max).ToListAsync(cancellationToken);
        if (edges.Count > 0)
        {
            await _graph.Follows.DeleteManyAsync(Session, Builders<FollowDocument>.Filter.In(f => f.Id, edges.Select(e => e.Id)), cancellationToken: cancellationToken);
        }

        return [.. edges.Select(e => Guid.Parse(theirs(e)))];
    }

    public async Task<int> DeleteOtherEdgesOfAsync(Guid userId, int max, CancellationToken cancellationToken)
    {
        var id = userId.ToString();
        return await DeleteSomeAsync(_graph.FollowRequests, r => r.RequesterId == id || r.TargetId == id, max, cancellationToken)
            + await DeleteSomeAsync(_graph.Blocks, b => b.BlockerId == id || b.BlockedId == id, max, cancellationToken)
            + await DeleteSomeAsync(_graph.Mutes, m => m.MuterId == id || m.MutedId == id, max, cancellationToken)
            + await DeleteSomeAsync(_graph.CloseFriends, c => c.OwnerId == id || c.FriendId == id, max, cancellationToken);
    }

    public Task DeleteCountsAsync(Guid userId, CancellationToken cancellationToken) =>
        _graph.Counts.DeleteManyAsync(
            Session, Builders<FollowCountsDocument>.Filter.In(c => c.Id, FollowCountsDocument.IdsOf(userId)), cancellationToken: cancellationToken);

    /// <summary>An upsert that sets nothing on a match: a duplicate key would abort the whole transaction.</summary>
    public Task ScheduleFanOutAsync(PendingFanOut work, CancellationToken cancellationToken) =>
        _graph.FanOuts.UpdateOneAsync(
            Session,
            f => f.Id == FanOutDocument.IdOf(work),
            Builders<FanOutDocument>.Update
                .SetOnInsert(f => f.UserId, work.UserId.ToString())
                .SetOnInsert(f => f.Kind, work.Kind)
                .SetOnInsert(f => f.ScheduledAt, At.UtcDateTime),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);

    public async Task<PendingFanOut?> NextFanOutAsync(CancellationToken cancellationToken)
    {
        var next = await _graph.FanOuts.Find(Session, FilterDefinition<FanOutDocument>.Empty)
            .SortBy(f => f.ScheduledAt).ThenBy(f => f.Id)
            .Limit(1)
            .FirstOrDefaultAsync(cancellationToken);
        return next is null ? null : new PendingFanOut(Guid.Parse(next.UserId), next.Kind);
    }

    public Task CompleteFanOutAsync(PendingFanOut work, CancellationToken cancellationToken) =>
        _graph.FanOuts.DeleteOneAsync(Session, f => f.Id == FanOutDocument.IdOf(work), cancellationToken: cancellationToken);

    public Task<CounterDrift?> ReadCounterAsync(Guid userId, CancellationToken cancellationToken) =>
        MongoGraphReads.ReadCounterAsync(_graph, Session, userId.ToString(), cancellationToken);

    /// <summary>Up to <paramref name="max"/> of the edges <paramref name="touches"/> selects, found first and deleted by id.</summary>
    private async Task<int> DeleteSomeAsync<T>(
        IMongoCollection<T> collection, System.Linq.Expressions.Expression<Func<T, bool>> touches, int max, CancellationToken cancellationToken)
        where T : EdgeDocument
    {
        var ids = await collection.Find(Session, touches).Limit(max).Project(e => e.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        var deleted = await collection.DeleteManyAsync(Session, Builders<T>.Filter.In(e => e.Id, ids), cancellationToken: cancellationToken);
        return (int)deleted.DeletedCount;
    }

    /// <summary>
    /// One upsert per user in a single bulk write: a user's shard may not exist yet (an edge made before the shards
    /// was counted in shard 0 and may end in another), and an update of many documents would skip it.
    /// </summary>
    private async Task<IReadOnlyList<FollowCountsShard>> AdjustBatchAsync(
        IReadOnlyList<Guid> users, int shard, long followers, long following, CancellationToken cancellationToken)
    {
        var byId = users.Distinct().ToDictionary(user => FollowCountsDocument.IdOf(user, shard));
        var update = CountsUpdate(followers, following);
        await _graph.Counts.BulkWriteAsync(
            Session,
            byId.Keys.Select(id => new UpdateOneModel<FollowCountsDocument>(Builders<FollowCountsDocument>.Filter.Eq(c => c.Id, id), update) { IsUpsert = true }),
            new BulkWriteOptions { IsOrdered = false },
            cancellationToken);

        // Read in the same transaction, so these are the shards just written.
        var updated = await _graph.Counts.Find(Session, Builders<FollowCountsDocument>.Filter.In(c => c.Id, byId.Keys)).ToListAsync(cancellationToken);
        return [.. updated.Select(c => c.ToShard(byId[c.Id], shard))];
    }

    private static UpdateDefinition<FollowCountsDocument> CountsUpdate(long followers, long following) =>
        Builders<FollowCountsDocument>.Update.Inc(c => c.Followers, followers).Inc(c => c.Following, following).Inc(c => c.Version, 1);

    /// <summary>Inserts the edge unless its pair already has one; true when this call inserted it.</summary>
    private async Task<bool> InsertOnceAsync<T>(IMongoCollection<T> collection, T edge, CancellationToken cancellationToken)
        where T : EdgeDocument
    {
        // A duplicate key would abort the whole transaction, so the insert is an upsert that sets nothing on a match.
        var fields = edge.ToBsonDocument();
        fields.Remove("_id");
        var result = await collection.UpdateOneAsync(
            Session,
            Builders<T>.Filter.Eq(e => e.Id, edge.Id),
            new BsonDocument("$setOnInsert", fields),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);
        return result.UpsertedId is not null;
    }

    /// <summary>Deletes the edge of the pair; true when there was one.</summary>
    private async Task<bool> DeleteAsync<T>(IMongoCollection<T> collection, Guid from, Guid to, CancellationToken cancellationToken)
        where T : EdgeDocument
    {
        var result = await collection.DeleteOneAsync(Session, Builders<T>.Filter.Eq(e => e.Id, EdgeDocument.IdOf(from, to)), cancellationToken: cancellationToken);
        return result.DeletedCount == 1;
    }
}
