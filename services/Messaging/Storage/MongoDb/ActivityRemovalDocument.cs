using MongoDB.Bson.Serialization.Attributes;

namespace Social.Messaging.Storage.MongoDb;

/// <summary>A deleted account whose activity is still being removed: <c>_id</c> is its user id.</summary>
internal sealed class ActivityRemovalDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required long ScheduledAt { get; init; }
}
