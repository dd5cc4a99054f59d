using MongoDB.Bson.Serialization.Attributes;
using Social.Storage.MongoDb;
using Social.Story.Domain.Views;

namespace Social.Story.Storage.MongoDb;

/// <summary>A view: <c>_id</c> is "{story}:{viewer}", so seeing again meets the view already there; listed by (story, view id).</summary>
internal sealed class StoryViewDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string StoryId { get; init; }

    public required string OwnerId { get; init; }

    public required string ViewerId { get; init; }

    public required string ViewId { get; init; }

    public required DateTime SeenAt { get; init; }

    public required bool Liked { get; init; }

    public static string IdOf(Guid storyId, Guid viewerId) => $"{storyId}:{viewerId}";

    public static StoryViewDocument From(ViewRecord view) => new()
    {
        Id = IdOf(view.StoryId, view.ViewerId),
        StoryId = view.StoryId.ToString(),
        OwnerId = view.OwnerId.ToString(),
        ViewerId = view.ViewerId.ToString(),
        ViewId = view.ViewId.ToString(),
        SeenAt = view.SeenAt.UtcDateTime,
        Liked = view.Liked,
    };

    public ViewRecord ToView() => new(Guid.Parse(StoryId), Guid.Parse(OwnerId), Guid.Parse(ViewerId), Guid.Parse(ViewId), MongoTime.Utc(SeenAt), Liked);
}
