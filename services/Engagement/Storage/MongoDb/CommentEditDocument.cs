using MongoDB.Bson.Serialization.Attributes;
using Social.Engagement.Domain.Comments;
using Social.KnownUsers.MongoDb;
using Social.Storage.MongoDb;

namespace Social.Engagement.Storage.MongoDb;

/// <summary>A comment's earlier text: <c>_id</c> is the edit's id (UUIDv7).</summary>
internal sealed class CommentEditDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string CommentId { get; init; }

    public required string Text { get; init; }

    public required DateTime ReplacedAt { get; init; }

    public CommentEdit ToEdit() => new(Guid.Parse(Id), Guid.Parse(CommentId), Text, MongoTime.Utc(ReplacedAt));
}
