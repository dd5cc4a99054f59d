using MongoDB.Driver;
using Social.Engagement.Domain.Counters;
using Social.Engagement.Domain.Likes;

namespace Social.Engagement.Storage.MongoDb;

/// <summary>The shards of owners' likes received, on MongoDB.</summary>
public sealed partial class MongoEngagementTransaction
{
    public async Task<LikesReceived> AdjustLikesReceivedAsync(Guid ownerId, int shard, long delta, CancellationToken cancellationToken)
    {
        // One atomic update that answers the document as it now stands: concurrent likers of one owner meet on the
        // same shard only when they share the shard, as with an item's like count.
        var stored = await _collections.LikesReceived.FindOneAndUpdateAsync(
            Session,
            Builders<LikesReceivedDocument>.Filter.Eq(r => r.Id, LikesReceivedDocument.IdOf(ownerId, shard)),
            Builders<LikesReceivedDocument>.Update
                .SetOnInsert(r => r.OwnerId, ownerId.ToString())
                .SetOnInsert(r => r.Shard, shard)
                .Inc(r => r.Likes, delta)
                .Inc(r => r.Version, 1),
            new FindOneAndUpdateOptions<LikesReceivedDocument> { IsUpsert = true, ReturnDocument = ReturnDocument.After },
            cancellationToken);
        return stored.ToRecord();
    }

    public Task DeleteLikesReceivedOfAsync(Guid ownerId, CancellationToken cancellationToken) =>
        _collections.LikesReceived.DeleteManyAsync(
            Session, Builders<LikesReceivedDocument>.Filter.In(r => r.Id, LikesReceivedDocument.IdsOf(ownerId)), cancellationToken: cancellationToken);

    public async Task<LikesReceivedCounter> ReadLikesReceivedCounterAsync(Guid ownerId, int shard, CancellationToken cancellationToken) =>
        (await MongoEngagementReads.LikesReceivedCountersAsync(_collections, Session, ownerId, cancellationToken)).SingleOrDefault(c => c.Shard == shard)
        ?? new LikesReceivedCounter(ownerId, shard, 0, 0);
}
