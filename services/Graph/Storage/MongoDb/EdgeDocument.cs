using MongoDB.Bson.Serialization.Attributes;

namespace Social.Graph.Storage.MongoDb;

/// <summary>
/// What every pair edge has. <c>_id</c> is "{from}:{to}", so a check is a point lookup and a repeated insert meets the
/// edge already there; <see cref="EdgeId"/> is a UUIDv7 string, time-ordered, the key and cursor of the owner's list.
/// </summary>
internal abstract class EdgeDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string EdgeId { get; init; }

    public required DateTime CreatedAt { get; init; }

    public static string IdOf(Guid from, Guid to) => $"{from}:{to}";
}
