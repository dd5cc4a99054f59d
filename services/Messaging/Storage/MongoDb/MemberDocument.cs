using MongoDB.Bson.Serialization.Attributes;
using Social.KnownUsers.MongoDb;
using Social.Messaging.Domain.Conversations;
using Social.Storage.MongoDb;

namespace Social.Messaging.Storage.MongoDb;

/// <summary>A member's row of a conversation: <c>_id</c> is "{conversation}:{user}".</summary>
internal sealed class MemberDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string ConversationId { get; init; }

    public required string UserId { get; init; }

    public required bool IsAdmin { get; init; }

    public required string Folder { get; init; }

    public required bool Muted { get; init; }

    public required long ReadSeq { get; init; }

    public required long UnreadCount { get; init; }

    public required DateTime LastActivityAt { get; init; }

    public required DateTime JoinedAt { get; init; }

    public required bool Locked { get; init; }

    public static string IdOf(Guid conversationId, Guid userId) => $"{conversationId}:{userId}";

    public static MemberDocument From(MemberRecord member) => new()
    {
        Id = IdOf(member.ConversationId, member.UserId),
        ConversationId = member.ConversationId.ToString(),
        UserId = member.UserId.ToString(),
        IsAdmin = member.IsAdmin,
        Folder = member.Folder,
        Muted = member.Muted,
        ReadSeq = member.ReadSeq,
        UnreadCount = member.UnreadCount,
        LastActivityAt = member.LastActivityAt.UtcDateTime,
        JoinedAt = member.JoinedAt.UtcDateTime,
        Locked = member.Locked,
    };

    public MemberRecord ToRecord() => new(
        Guid.Parse(ConversationId), Guid.Parse(UserId), IsAdmin, Folder, Muted, ReadSeq, UnreadCount, MongoTime.Utc(LastActivityAt), MongoTime.Utc(JoinedAt), Locked);
}
