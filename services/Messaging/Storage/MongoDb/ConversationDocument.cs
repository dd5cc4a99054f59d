using MongoDB.Bson.Serialization.Attributes;
using Social.KnownUsers.MongoDb;
using Social.Messaging.Domain.Conversations;
using Social.Storage.MongoDb;

namespace Social.Messaging.Storage.MongoDb;

/// <summary>A conversation: <c>_id</c> is its id; a 1:1 names its pair.</summary>
internal sealed class ConversationDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required bool IsGroup { get; init; }

    public string? Title { get; init; }

    public required string CreatedBy { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required long LastSeq { get; init; }

    public required DateTime LastActivityAt { get; init; }

    public string? PairLow { get; init; }

    public string? PairHigh { get; init; }

    public static ConversationDocument From(ConversationRecord conversation) => new()
    {
        Id = conversation.ConversationId.ToString(),
        IsGroup = conversation.IsGroup,
        Title = conversation.Title,
        CreatedBy = conversation.CreatedBy.ToString(),
        CreatedAt = conversation.CreatedAt.UtcDateTime,
        LastSeq = conversation.LastSeq,
        LastActivityAt = conversation.LastActivityAt.UtcDateTime,
        PairLow = conversation.PairLow?.ToString(),
        PairHigh = conversation.PairHigh?.ToString(),
    };

    public ConversationRecord ToRecord() => new(
        Guid.Parse(Id),
        IsGroup,
        Title,
        Guid.Parse(CreatedBy),
        MongoTime.Utc(CreatedAt),
        LastSeq,
        MongoTime.Utc(LastActivityAt),
        PairLow is null ? null : Guid.Parse(PairLow),
        PairHigh is null ? null : Guid.Parse(PairHigh));
}
