using MongoDB.Bson.Serialization.Attributes;
using Social.Engagement.Domain.Comments;
using Social.KnownUsers.MongoDb;
using Social.Storage.MongoDb;

namespace Social.Engagement.Storage.MongoDb;

/// <summary>A comment: <c>_id</c> is its id (UUIDv7, so id order is time order); its mentions are embedded.</summary>
internal sealed class CommentDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string ContentId { get; init; }

    public required string OwnerId { get; init; }

    public required string AuthorId { get; init; }

    public string? ThreadId { get; init; }

    public required string Text { get; init; }

    public required List<MentionDocument> Mentions { get; init; }

    public required DateTime CreatedAt { get; init; }

    public DateTime? EditedAt { get; init; }

    public bool Deleted { get; init; }

    public long LikesCount { get; init; }

    public long ReplyCount { get; init; }

    public static CommentDocument From(CommentRecord comment) => new()
    {
        Id = comment.CommentId.ToString(),
        ContentId = comment.ContentId.ToString(),
        OwnerId = comment.OwnerId.ToString(),
        AuthorId = comment.AuthorId.ToString(),
        ThreadId = comment.ThreadId?.ToString(),
        Text = comment.Text,
        Mentions = MentionDocument.From(comment.Mentions),
        CreatedAt = comment.CreatedAt.UtcDateTime,
        EditedAt = comment.EditedAt?.UtcDateTime,
        Deleted = comment.Deleted,
        LikesCount = comment.LikesCount,
        ReplyCount = comment.ReplyCount,
    };

    public CommentRecord ToRecord() => new(
        Guid.Parse(Id),
        Guid.Parse(ContentId),
        Guid.Parse(OwnerId),
        Guid.Parse(AuthorId),
        ThreadId is null ? null : Guid.Parse(ThreadId),
        Text,
        [.. Mentions.Select(m => m.ToMention())],
        MongoTime.Utc(CreatedAt),
        EditedAt is { } edited ? MongoTime.Utc(edited) : null,
        Deleted,
        LikesCount,
        ReplyCount);
}
