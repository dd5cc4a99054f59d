namespace Social.Messaging.Domain.Conversations;

/// <summary>
/// One member's row of a conversation: their role, where it sits for them (<see cref="Folders"/>), mute, read
/// position and unread count, and the last activity their conversation list is ordered by. <see cref="Locked"/>: a
/// 1:1 whose pair is blocked either way (from Graph's events), not found to either of them.
/// </summary>
public sealed record MemberRecord(
    Guid ConversationId,
    Guid UserId,
    bool IsAdmin,
    string Folder,
    bool Muted,
    long ReadSeq,
    long UnreadCount,
    DateTimeOffset LastActivityAt,
    DateTimeOffset JoinedAt,
    bool Locked = false);
