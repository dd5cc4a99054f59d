using MongoDB.Bson.Serialization.Attributes;

namespace Social.KnownUsers.MongoDb;

/// <summary>A tombstone of a deleted account: <c>_id</c> is the user id.</summary>
[BsonIgnoreExtraElements]
public sealed class DeletedUserDocument
{
    public const string Collection = "deleted_users";

    [BsonId]
    public required string Id { get; init; }

    public DateTime DeletedAt { get; init; }
}
