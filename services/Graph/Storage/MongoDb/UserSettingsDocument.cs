using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Social.Graph.Storage.MongoDb;

/// <summary>A user's settings as last applied: <c>_id</c> is the user id.</summary>
internal sealed class UserSettingsDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required bool IsPrivate { get; init; }

    public required string WhoCanMessage { get; init; }

    public required string WhoCanComment { get; init; }

    public required string WhoCanMention { get; init; }

    // Latest wins by this time, so it keeps its ticks: a BSON date alone stops at milliseconds.
    [BsonDateTimeOptions(Representation = BsonType.Document)]
    public required DateTime ChangedAt { get; init; }
}
