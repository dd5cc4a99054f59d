using MongoDB.Bson.Serialization.Attributes;

namespace Social.Engagement.Storage.MongoDb;

/// <summary>One shard of an item's comment count: <c>_id</c> is "{content}:{shard}".</summary>
internal sealed class CommentCountDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string ContentId { get; init; }

    public required int Shard { get; init; }

    public long Comments { get; init; }

    public static string IdOf(Guid contentId, int shard) => $"{contentId}:{shard}";
}
