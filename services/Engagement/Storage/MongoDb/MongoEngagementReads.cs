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
}
