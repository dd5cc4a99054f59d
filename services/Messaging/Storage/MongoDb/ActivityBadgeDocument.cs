using MongoDB.Bson.Serialization.Attributes;

namespace Social.Messaging.Storage.MongoDb;

/// <summary>A user's stored count of unseen activity entries: <c>_id</c> is the user.</summary>
internal sealed class ActivityBadgeDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required long Unseen { get; init; }
}
