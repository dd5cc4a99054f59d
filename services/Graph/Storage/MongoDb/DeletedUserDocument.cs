using MongoDB.Bson.Serialization.Attributes;

namespace Social.Graph.Storage.MongoDb;

/// <summary>A tombstone of a deleted account: <c>_id</c> is the user id.</summary>
internal sealed class DeletedUserDocument
{
    [BsonId]
    public required string Id { get; init; }
}
