using MongoDB.Bson.Serialization.Attributes;
using Social.KnownUsers.MongoDb;
using Social.Messaging.Domain.Messages;
using Social.Storage.MongoDb;

namespace Social.Messaging.Storage.MongoDb;

/// <summary>A message: <c>_id</c> is its id; (conversation, seq) and (conversation, sender, client id) are unique.</summary>
internal sealed class MessageDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string ConversationId { get; init; }

    public required long Seq { get; init; }

    public required string SenderId { get; init; }

    public required string ClientMessageId { get; init; }

    public string? Text { get; init; }

    public string? ReplyTo { get; init; }

    public string? StoryId { get; init; }

    public string? ContentId { get; init; }

    public required DateTime CreatedAt { get; init; }

    public DateTime? EditedAt { get; init; }

    public bool Deleted { get; init; }

    public static MessageDocument From(MessageRecord message) => new()
    {
        Id = message.MessageId.ToString(),
        ConversationId = message.ConversationId.ToString(),
        Seq = message.Seq,
        SenderId = message.SenderId.ToString(),
        ClientMessageId = message.ClientMessageId,
        Text = message.Text,
        ReplyTo = message.ReplyTo?.ToString(),
        StoryId = message.StoryId?.ToString(),
        ContentId = message.ContentId?.ToString(),
        CreatedAt = message.CreatedAt.UtcDateTime,
        EditedAt = message.EditedAt?.UtcDateTime,
        Deleted = message.Deleted,
    };

    public MessageRecord ToRecord() => new(
        Guid.Parse(Id),
        Guid.Parse(ConversationId),
        Seq,
        Guid.Parse(SenderId),
        ClientMessageId,
        Text,
        ReplyTo is null ? null : Guid.Parse(ReplyTo),
        StoryId is null ? null : Guid.Parse(StoryId),
        ContentId is null ? null : Guid.Parse(ContentId),
        MongoTime.Utc(CreatedAt),
        EditedAt is { } edited ? MongoTime.Utc(edited) : null,
        Deleted);
}
