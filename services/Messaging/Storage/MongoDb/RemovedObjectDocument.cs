using MongoDB.Bson.Serialization.Attributes;

namespace Social.Messaging.Storage.MongoDb;

/// <summary>A content item or comment known to be gone: <c>_id</c> is its id.</summary>
internal sealed class RemovedObjectDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required long RemovedAt { get; init; }
}
