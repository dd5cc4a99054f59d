using MongoDB.Bson.Serialization.Attributes;

namespace Social.Engagement.Storage.MongoDb;

/// <summary>A comment like: <c>_id</c> is "{comment}:{user}", so a repeated like meets the one there.</summary>
internal sealed class CommentLikeDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string CommentId { get; init; }

    public required string UserId { get; init; }

    public required DateTime CreatedAt { get; init; }

    public static string IdOf(Guid commentId, Guid userId) => $"{commentId}:{userId}";
}
