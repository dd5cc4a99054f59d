using MongoDB.Bson.Serialization.Attributes;

namespace Social.Profile.Storage.MongoDb;

/// <summary>A deleted account's handle, reserved until <see cref="ReleasedAt"/>: <c>_id</c> is the handle.</summary>
internal sealed class QuarantinedHandleDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required DateTime ReleasedAt { get; init; }
}
