using MongoDB.Bson.Serialization.Attributes;

namespace Social.Engagement.Storage.MongoDb;

/// <summary>One shard of an item's like count: <c>_id</c> is "{content}:{shard}"; the count is the sum over the item's shards.</summary>
internal sealed class LikeCountDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string ContentId { get; init; }

    public required int Shard { get; init; }

    public long Likes { get; init; }

    public static string IdOf(Guid contentId, int shard) => $"{contentId}:{shard}";
}
