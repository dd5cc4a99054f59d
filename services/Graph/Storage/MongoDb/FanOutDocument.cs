using MongoDB.Bson.Serialization.Attributes;
using Social.Graph.Domain.Users;

namespace Social.Graph.Storage.MongoDb;

/// <summary>A pending fan-out; <c>_id</c> is the user and the kind, so scheduling one twice meets the first.</summary>
public sealed class FanOutDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string UserId { get; init; }

    public required FanOutKind Kind { get; init; }

    public required DateTime ScheduledAt { get; init; }

    public static string IdOf(PendingFanOut work) => $"{work.UserId}/{(int)work.Kind}";
}
