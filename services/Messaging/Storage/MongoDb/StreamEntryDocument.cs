using MongoDB.Bson.Serialization.Attributes;
using Social.Messaging.Domain.Stream;
using Social.Storage.MongoDb;

namespace Social.Messaging.Storage.MongoDb;

/// <summary>One stream entry: <c>_id</c> is "{user}:{position}", unique like (user, position).</summary>
internal sealed class StreamEntryDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string UserId { get; init; }

    public required long Position { get; init; }

    public required string Type { get; init; }

    public required string ConversationId { get; init; }

    public string? MessageId { get; init; }

    public long? Seq { get; init; }

    public string? SubjectId { get; init; }

    public string? Emoji { get; init; }

    public string? Change { get; init; }

    public required DateTime CreatedAt { get; init; }

    /// <summary>A badges entry's numbers: unread messages, message requests, unseen activity.</summary>
    public long[]? Badges { get; init; }

    public static StreamEntryDocument From(Guid userId, long position, StreamItem item, DateTimeOffset at) => new()
    {
        Id = $"{userId}:{position}",
        UserId = userId.ToString(),
        Position = position,
        Type = item.Type,
        ConversationId = item.ConversationId.ToString(),
        MessageId = item.MessageId?.ToString(),
        Seq = item.Seq,
        SubjectId = item.UserId?.ToString(),
        Emoji = item.Emoji,
        Change = item.Change,
        CreatedAt = at.UtcDateTime,
        Badges = item.Badges is { } badges ? [badges.UnreadMessages, badges.MessageRequests, badges.UnseenActivity] : null,
    };

    public StreamEntry ToEntry() => new(
        Position,
        new StreamItem(
            Type,
            Guid.Parse(ConversationId),
            MessageId is null ? null : Guid.Parse(MessageId),
            Seq,
            SubjectId is null ? null : Guid.Parse(SubjectId),
            Emoji,
            Change,
            Badges is [var unread, var requests, var unseen] ? new Domain.Activity.Badges(unread, requests, unseen) : null),
        MongoTime.Utc(CreatedAt));
}
