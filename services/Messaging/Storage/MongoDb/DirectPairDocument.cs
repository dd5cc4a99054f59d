using MongoDB.Bson.Serialization.Attributes;

namespace Social.Messaging.Storage.MongoDb;

/// <summary>A pair's one 1:1: <c>_id</c> is "{low}:{high}", so a second start meets the first.</summary>
internal sealed class DirectPairDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string ConversationId { get; init; }

    public static string IdOf(Guid low, Guid high) => $"{low}:{high}";
}
