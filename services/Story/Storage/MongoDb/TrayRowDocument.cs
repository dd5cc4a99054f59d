using MongoDB.Bson.Serialization.Attributes;
using Social.Storage.MongoDb;
using Social.Story.Domain.Tray;

namespace Social.Story.Storage.MongoDb;

/// <summary>A stored tray row: <c>_id</c> is "{viewer}:{owner}:{reach}"; a viewer's rows are one range of (viewer, unseen, latest, owner).</summary>
internal sealed class TrayRowDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string ViewerId { get; init; }

    public required string OwnerId { get; init; }

    public required int Reach { get; init; }

    /// <summary>1 or 0, so the tray's order is a sort on the index.</summary>
    public required int HasUnseen { get; init; }

    public required DateTime LatestAt { get; init; }

    public required DateTime ExpiresAt { get; init; }

    public static TrayRowDocument From(TrayRow row) => new()
    {
        Id = $"{row.ViewerId}:{row.OwnerId}:{(int)row.Reach}",
        ViewerId = row.ViewerId.ToString(),
        OwnerId = row.OwnerId.ToString(),
        Reach = (int)row.Reach,
        HasUnseen = row.HasUnseen ? 1 : 0,
        LatestAt = row.LatestAt.UtcDateTime,
        ExpiresAt = row.ExpiresAt.UtcDateTime,
    };

    public TrayRow ToRow() => new(
        Guid.Parse(ViewerId), Guid.Parse(OwnerId), (TrayReach)Reach, HasUnseen == 1, MongoTime.Utc(LatestAt), MongoTime.Utc(ExpiresAt));
}
