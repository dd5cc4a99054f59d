using MongoDB.Bson.Serialization.Attributes;
using Social.Engagement.Domain.Likes;

namespace Social.Engagement.Storage.MongoDb;

/// <summary>A like: <c>_id</c> is "{content}:{user}", so a repeated like meets the one there.</summary>
internal sealed class LikeDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string ContentId { get; init; }

    public required string UserId { get; init; }

    public required string LikeId { get; init; }

    public required string OwnerId { get; init; }

    public required int Shard { get; init; }

    public required DateTime CreatedAt { get; init; }

    public static string IdOf(Guid contentId, Guid userId) => $"{contentId}:{userId}";

    public LikedItem ToLikedItem() => new(Guid.Parse(ContentId), Guid.Parse(OwnerId), Shard);
}
