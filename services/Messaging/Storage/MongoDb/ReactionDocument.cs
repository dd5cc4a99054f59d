using MongoDB.Bson.Serialization.Attributes;

namespace Social.Messaging.Storage.MongoDb;

/// <summary>A reaction: <c>_id</c> is "{message}:{user}:{emoji}", so a repeated reaction meets the one there.</summary>
internal sealed class ReactionDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string MessageId { get; init; }

    public required string ConversationId { get; init; }

    public required string UserId { get; init; }

    public required string Emoji { get; init; }

    public required DateTime ReactedAt { get; init; }

    public static string IdOf(Guid messageId, Guid userId, string emoji) => $"{messageId}:{userId}:{emoji}";
}
