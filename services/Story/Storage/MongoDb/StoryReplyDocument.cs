using MongoDB.Bson.Serialization.Attributes;
using Social.Story.Domain.Replies;

namespace Social.Story.Storage.MongoDb;

/// <summary>A reply: <c>_id</c> is its message id, so a message is recorded once.</summary>
internal sealed class StoryReplyDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string StoryId { get; init; }

    public required string OwnerId { get; init; }

    public required string ReplierId { get; init; }

    public required string ConversationId { get; init; }

    public required DateTime RepliedAt { get; init; }

    public static StoryReplyDocument From(StoryReplyRecord reply) => new()
    {
        Id = reply.MessageId.ToString(),
        StoryId = reply.StoryId.ToString(),
        OwnerId = reply.OwnerId.ToString(),
        ReplierId = reply.ReplierId.ToString(),
        ConversationId = reply.ConversationId.ToString(),
        RepliedAt = reply.At.UtcDateTime,
    };
}
