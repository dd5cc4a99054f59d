using MongoDB.Bson.Serialization.Attributes;
using Social.Storage.MongoDb;
using Social.Story.Domain.Stories;

namespace Social.Story.Storage.MongoDb;

/// <summary>A story: <c>_id</c> is its id; live stories are one range of (owner, expires at).</summary>
internal sealed class StoryDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public required string MediaUrl { get; init; }

    public required string Caption { get; init; }

    public required string Audience { get; init; }

    public required List<string> HideFrom { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime ExpiresAt { get; init; }

    public static StoryDocument From(StoryRecord story) => new()
    {
        Id = story.StoryId.ToString(),
        OwnerId = story.OwnerId.ToString(),
        MediaUrl = story.MediaUrl,
        Caption = story.Caption,
        Audience = story.Audience,
        HideFrom = [.. story.HideFrom.Select(id => id.ToString())],
        CreatedAt = story.CreatedAt.UtcDateTime,
        ExpiresAt = story.ExpiresAt.UtcDateTime,
    };

    public StoryRecord ToRecord() => new(
        Guid.Parse(Id), Guid.Parse(OwnerId), MediaUrl, Caption, Audience, [.. HideFrom.Select(Guid.Parse)], MongoTime.Utc(CreatedAt), MongoTime.Utc(ExpiresAt));
}
