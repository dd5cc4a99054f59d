using MongoDB.Bson.Serialization.Attributes;
using Social.Storage.MongoDb;
using Social.Story.Domain.Highlights;

namespace Social.Story.Storage.MongoDb;

/// <summary>A highlight: <c>_id</c> is its id (time-ordered); listed by (owner, id).</summary>
internal sealed class HighlightDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public required string Title { get; init; }

    public required List<string> StoryIds { get; init; }

    public required DateTime CreatedAt { get; init; }

    public static HighlightDocument From(HighlightRecord highlight) => new()
    {
        Id = highlight.HighlightId.ToString(),
        OwnerId = highlight.OwnerId.ToString(),
        Title = highlight.Title,
        StoryIds = [.. highlight.StoryIds.Select(id => id.ToString())],
        CreatedAt = highlight.CreatedAt.UtcDateTime,
    };

    public HighlightRecord ToRecord() => new(Guid.Parse(Id), Guid.Parse(OwnerId), Title, [.. StoryIds.Select(Guid.Parse)], MongoTime.Utc(CreatedAt));
}
