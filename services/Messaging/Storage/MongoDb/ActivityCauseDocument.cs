using MongoDB.Bson.Serialization.Attributes;
using Social.Messaging.Domain.Activity;

namespace Social.Messaging.Storage.MongoDb;

/// <summary>
/// The newest state of one cause: <c>_id</c> is "{recipient}:{type}:{object}:{actor}". Times are kept as ticks, not
/// BSON dates (milliseconds), so that which state is newer is decided exactly as on SQLite.
/// </summary>
internal sealed class ActivityCauseDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string RecipientId { get; init; }

    public required string Type { get; init; }

    public required string ObjectId { get; init; }

    public required string ActorId { get; init; }

    public required bool Present { get; init; }

    public required long ChangedAt { get; init; }

    public string? GroupKey { get; init; }

    public required long ActedAt { get; init; }

    public string? ContentId { get; init; }

    public string? CommentId { get; init; }

    public static string IdOf(ActivityKey key) => $"{key.RecipientId}:{key.Type}:{key.ObjectId}:{key.ActorId}";

    public static ActivityCauseDocument From(ActivityActor actor) => new()
    {
        Id = IdOf(actor.Key),
        RecipientId = actor.Key.RecipientId.ToString(),
        Type = actor.Key.Type,
        ObjectId = actor.Key.ObjectId?.ToString() ?? string.Empty,
        ActorId = actor.Key.ActorId.ToString(),
        Present = actor.Present,
        ChangedAt = actor.ChangedAt.UtcTicks,
        GroupKey = actor.GroupKey,
        ActedAt = actor.ActedAt.UtcTicks,
        ContentId = actor.ContentId?.ToString(),
        CommentId = actor.CommentId?.ToString(),
    };

    public ActivityActor ToRecord() => new(
        new ActivityKey(Guid.Parse(RecipientId), Type, ObjectId.Length == 0 ? null : Guid.Parse(ObjectId), Guid.Parse(ActorId)),
        Present,
        new DateTimeOffset(ChangedAt, TimeSpan.Zero),
        GroupKey,
        new DateTimeOffset(ActedAt, TimeSpan.Zero),
        ContentId is null ? null : Guid.Parse(ContentId),
        CommentId is null ? null : Guid.Parse(CommentId));
}
