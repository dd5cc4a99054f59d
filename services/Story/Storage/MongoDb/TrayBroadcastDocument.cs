using MongoDB.Bson.Serialization.Attributes;

namespace Social.Story.Storage.MongoDb;

/// <summary>A story that did not fan out (its owner is above the fan-out limit): <c>_id</c> is the story's id; live ones by expiry.</summary>
internal sealed class TrayBroadcastDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public required DateTime ExpiresAt { get; init; }
}
