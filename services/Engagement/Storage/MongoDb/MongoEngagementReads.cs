using MongoDB.Driver;
using Social.Engagement.Domain.Counters;

namespace Social.Engagement.Storage.MongoDb;

/// <summary>Reads both the store and its transactions make (<paramref name="session"/> null outside a transaction).</summary>
internal static class MongoEngagementReads
{
    /// <summary>The stored like count of each of <paramref name="contentIds"/>: the sum of its shards.</summary>
    public static async Task<Dictionary<string, long>> LikesCountsAsync(
        EngagementCollections collections, IClientSessionHandle? session, IReadOnlyCollection<string> contentIds, CancellationToken cancellationToken)
    {
        var filter = Builders<LikeCountDocument>.Filter.In(c => c.ContentId, contentIds);
        var shards = session is null
            ? await collections.LikeCounts.Find(filter).ToListAsync(cancellationToken)
            : await collections.LikeCounts.Find(session, filter).ToListAsync(cancellationToken);
        return shards.GroupBy(s => s.ContentId).ToDictionary(g => g.Key, g => g.Sum(s => s.Likes));
    }

    /// <summary>The stored comment count of each of <paramref name="contentIds"/>: the sum of its shards.</summary>
    public static async Task<Dictionary<string, long>> CommentsCountsAsync(
        EngagementCollections collections, IClientSessionHandle? session, IReadOnlyCollection<string> contentIds, CancellationToken cancellationToken)
    {
        var filter = Builders<CommentCountDocument>.Filter.In(c => c.ContentId, contentIds);
        var shards = session is null
            ? await collections.CommentCounts.Find(filter).ToListAsync(cancellationToken)
            : await collections.CommentCounts.Find(session, filter).ToListAsync(cancellationToken);
        return shards.GroupBy(s => s.ContentId).ToDictionary(g => g.Key, g => g.Sum(s => s.Comments));
    }

    public static async Task<ItemCounters> ReadCounterAsync(
        EngagementCollections collections, IClientSessionHandle? session, string contentId, CancellationToken cancellationToken)
    {
        var storedLikes = (await LikesCountsAsync(collections, session, [contentId], cancellationToken)).GetValueOrDefault(contentId);
        var storedComments = (await CommentsCountsAsync(collections, session, [contentId], cancellationToken)).GetValueOrDefault(contentId);
        var likes = Builders<LikeDocument>.Filter.Eq(l => l.ContentId, contentId);
        var comments = Builders<CommentDocument>.Filter.Eq(c => c.ContentId, contentId) & Builders<CommentDocument>.Filter.Eq(c => c.Deleted, false);
        var (actualLikes, actualComments) = session is null
            ? (await collections.Likes.CountDocumentsAsync(likes, cancellationToken: cancellationToken),
                await collections.Comments.CountDocumentsAsync(comments, cancellationToken: cancellationToken))
            : (await collections.Likes.CountDocumentsAsync(session, likes, cancellationToken: cancellationToken),
                await collections.Comments.CountDocumentsAsync(session, comments, cancellationToken: cancellationToken));
        return new ItemCounters(Guid.Parse(contentId), storedLikes, actualLikes, storedComments, actualComments);
    }

    /// <summary>How many of the likes <paramref name="filter"/> selects sit in each shard, in one pass over them.</summary>
    public static async Task<Dictionary<int, long>> LikesByShardAsync(
        EngagementCollections collections, IClientSessionHandle? session, FilterDefinition<LikeDocument> filter, CancellationToken cancellationToken)
    {
        var likes = session is null ? collections.Likes.Aggregate() : collections.Likes.Aggregate(session);
        var shards = await likes.Match(filter).Group(l => l.Shard, g => new { Shard = g.Key, Likes = g.LongCount() }).ToListAsync(cancellationToken);
        return shards.ToDictionary(s => s.Shard, s => s.Likes);
    }

    /// <summary>
    /// Every shard of <paramref name="ownerId"/>'s likes received that is stored or has likes, stored beside the likes
    /// in it on the owner's content (counted through the owner's items, by the likes' content index).
    /// </summary>
    public static async Task<IReadOnlyList<LikesReceivedCounter>> LikesReceivedCountersAsync(
        EngagementCollections collections, IClientSessionHandle? session, Guid ownerId, CancellationToken cancellationToken)
    {
        var owner = ownerId.ToString();
        var ids = LikesReceivedDocument.IdsOf(ownerId).ToList();
        var storedFilter = Builders<LikesReceivedDocument>.Filter.In(r => r.Id, ids);
        var itemsFilter = Builders<ContentDocument>.Filter.Eq(c => c.OwnerId, owner);
        var stored = (session is null
                ? await collections.LikesReceived.Find(storedFilter).ToListAsync(cancellationToken)
                : await collections.LikesReceived.Find(session, storedFilter).ToListAsync(cancellationToken))
            .ToDictionary(r => r.Shard, r => r.Likes);
        var items = session is null
            ? await collections.Content.Find(itemsFilter).Project(c => c.Id).ToListAsync(cancellationToken)
            : await collections.Content.Find(session, itemsFilter).Project(c => c.Id).ToListAsync(cancellationToken);
        var actual = items.Count == 0
            ? []
            : await LikesByShardAsync(collections, session, Builders<LikeDocument>.Filter.In(l => l.ContentId, items), cancellationToken);
        return [.. stored.Keys.Union(actual.Keys).Order()
            .Select(shard => new LikesReceivedCounter(ownerId, shard, stored.GetValueOrDefault(shard), actual.GetValueOrDefault(shard)))];
    }
}
