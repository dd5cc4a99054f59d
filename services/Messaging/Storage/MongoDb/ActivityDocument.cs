using MongoDB.Bson.Serialization.Attributes;
using Social.Messaging.Domain.Activity;

namespace Social.Messaging.Storage.MongoDb;

/// <summary>One entry of a recipient's activity inbox: <c>_id</c> is "{recipient}:{group key}".</summary>
internal sealed class ActivityDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string RecipientId { get; init; }

    public required string GroupKey { get; init; }

    public required string ActivityId { get; init; }

    public required string Type { get; init; }

    /// <summary>A version 7 id as text, so that text order is time order.</summary>
    public required string Position { get; init; }

    public required long CreatedAt { get; init; }

    public required long ActorCount { get; init; }

    public required List<string> Actors { get; init; }

    public required bool Seen { get; init; }

    public string? ContentId { get; init; }

    public string? CommentId { get; init; }

    public string? StoryId { get; init; }

    public string? MessageId { get; init; }

    public static string IdOf(Guid recipientId, string groupKey) => $"{recipientId}:{groupKey}";

    public static ActivityDocument From(ActivityEntry entry) => new()
    {
        Id = IdOf(entry.RecipientId, entry.GroupKey),
        RecipientId = entry.RecipientId.ToString(),
        GroupKey = entry.GroupKey,
        ActivityId = entry.ActivityId.ToString(),
        Type = entry.Type,
        Position = entry.Position.ToString(),
        CreatedAt = entry.CreatedAt.UtcTicks,
        ActorCount = entry.ActorCount,
        Actors = [.. entry.Actors.Select(a => a.ToString())],
        Seen = entry.Seen,
        ContentId = entry.ContentId?.ToString(),
        CommentId = entry.CommentId?.ToString(),
        StoryId = entry.StoryId?.ToString(),
        MessageId = entry.MessageId?.ToString(),
    };

    public ActivityEntry ToRecord() => new(
        Guid.Parse(RecipientId),
        Guid.Parse(ActivityId),
        GroupKey,
        Type,
        Guid.Parse(Position),
        new DateTimeOffset(CreatedAt, TimeSpan.Zero),
        ActorCount,
        [.. Actors.Select(Guid.Parse)],
        Seen,
        Optional(ContentId),
        Optional(CommentId),
        Optional(StoryId),
        Optional(MessageId));

    private static Guid? Optional(string? id) => id is null ? null : Guid.Parse(id);
}
