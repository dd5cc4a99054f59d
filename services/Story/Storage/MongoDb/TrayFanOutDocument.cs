using MongoDB.Bson.Serialization.Attributes;
using Social.Storage.MongoDb;
using Social.Story.Domain.Tray;

namespace Social.Story.Storage.MongoDb;

/// <summary>A pending tray fan-out: <c>_id</c> is the story's id; taken in the order scheduled.</summary>
internal sealed class TrayFanOutDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string? Cursor { get; init; }

    public required DateTime ScheduledAt { get; init; }

    public PendingTrayFanOut ToRecord() => new(Guid.Parse(Id), Guid.Parse(OwnerId), Cursor, MongoTime.Utc(ScheduledAt));
}
