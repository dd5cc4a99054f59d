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
        EngagementCollections collections, IReadOnlyCollection<string> contentIds, CancellationToken cancellationToken)
    {
        var shards = await collections.CommentCounts.Find(Builders<CommentCountDocument>.Filter.In(c => c.ContentId, contentIds)).ToListAsync(cancellationToken);
        return shards.GroupBy(s => s.ContentId).ToDictionary(g => g.Key, g => g.Sum(s => s.Comments));
    }

    public static async Task<LikeCounterDrift> ReadCounterAsync(
        EngagementCollections collections, IClientSessionHandle? session, string contentId, CancellationToken cancellationToken)
    {
        var stored = (await LikesCountsAsync(collections, session, [contentId], cancellationToken)).GetValueOrDefault(contentId);
        var filter = Builders<LikeDocument>.Filter.Eq(l => l.ContentId, contentId);
        var actual = session is null
            ? await collections.Likes.CountDocumentsAsync(filter, cancellationToken: cancellationToken)
            : await collections.Likes.CountDocumentsAsync(session, filter, cancellationToken: cancellationToken);
        return new LikeCounterDrift(Guid.Parse(contentId), stored, actual);
    }
}
