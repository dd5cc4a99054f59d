using MongoDB.Bson.Serialization.Attributes;
using Social.Engagement.Domain.Tags;
using Social.KnownUsers.MongoDb;
using Social.Storage.MongoDb;

namespace Social.Engagement.Storage.MongoDb;

/// <summary>A tag: <c>_id</c> is "{content}:{user}", so tagging a user twice meets the tag there.</summary>
internal sealed class TagDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string ContentId { get; init; }

    public required string UserId { get; init; }

    public required string OwnerId { get; init; }

    public required string TagId { get; init; }

    public required DateTime CreatedAt { get; init; }

    public static string IdOf(Guid contentId, Guid userId) => $"{contentId}:{userId}";

    public TagRecord ToRecord() => new(Guid.Parse(ContentId), Guid.Parse(OwnerId), Guid.Parse(UserId), Guid.Parse(TagId), MongoTime.Utc(CreatedAt));
}
