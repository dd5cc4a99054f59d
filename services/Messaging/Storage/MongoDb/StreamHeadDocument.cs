using MongoDB.Bson.Serialization.Attributes;

namespace Social.Messaging.Storage.MongoDb;

/// <summary>A user's stream head: <c>_id</c> is the user id, <see cref="Position"/> the last position given.</summary>
internal sealed class StreamHeadDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required long Position { get; init; }
}
