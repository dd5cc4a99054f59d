using MongoDB.Bson.Serialization.Attributes;

namespace Social.KnownUsers.MongoDb;

/// <summary>A known user: <c>_id</c> is the user id. Other fields a service keeps on the document are left alone.</summary>
[BsonIgnoreExtraElements]
public sealed class KnownUserDocument
{
    public const string Collection = "users";

    [BsonId]
    public required string Id { get; init; }

    public required string Handle { get; init; }

    public required DateTime CreatedAt { get; init; }
}
