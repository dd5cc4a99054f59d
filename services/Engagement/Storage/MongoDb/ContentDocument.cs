using MongoDB.Bson.Serialization.Attributes;
using Social.Engagement.Domain.Content;
using Social.KnownUsers.MongoDb;
using Social.Storage.MongoDb;

namespace Social.Engagement.Storage.MongoDb;

/// <summary>A content item: <c>_id</c> is its id; listed by (owner, created at, id).</summary>
internal sealed class ContentDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public required string MediaUrl { get; init; }

    public required string Caption { get; init; }

    public required string Audience { get; init; }

    public required bool CommentsEnabled { get; init; }

    public required DateTime CreatedAt { get; init; }

    public string? PinnedCommentId { get; init; }

    /// <summary>The caption's linked mentions; absent on items stored before captions had them.</summary>
    public List<MentionDocument>? Mentions { get; init; }

    public static ContentDocument From(ContentRecord content) => new()
    {
        Id = content.ContentId.ToString(),
        OwnerId = content.OwnerId.ToString(),
        MediaUrl = content.MediaUrl,
        Caption = content.Caption,
        Audience = content.Audience,
        CommentsEnabled = content.CommentsEnabled,
        CreatedAt = content.CreatedAt.UtcDateTime,
        Mentions = MentionDocument.From(content.Mentions ?? []),
    };

    public ContentRecord ToRecord() =>
        new(Guid.Parse(Id), Guid.Parse(OwnerId), MediaUrl, Caption, Audience, CommentsEnabled, MongoTime.Utc(CreatedAt),
            PinnedCommentId is null ? null : Guid.Parse(PinnedCommentId), [.. (Mentions ?? []).Select(m => m.ToMention())]);
}
