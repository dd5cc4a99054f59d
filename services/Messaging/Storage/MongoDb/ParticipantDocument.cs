using MongoDB.Bson.Serialization.Attributes;

namespace Social.Messaging.Storage.MongoDb;

/// <summary>A messaging participant: <c>_id</c> is the user id.</summary>
internal sealed class ParticipantDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string Handle { get; init; }

    public required DateTime JoinedAt { get; init; }
}
