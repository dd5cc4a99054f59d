using Social.Messaging.Domain.Conversations;

namespace Social.Messaging.Domain.Stream;

/// <summary>
/// Who sees what on their live stream, and whether a reconnect can be served. A change by a member reaches the
/// members who see the conversation: not one who declined it (declining is silent, and what follows is too), not
/// one of a locked 1:1, not one blocked either way with the actor in a group (their messages are hidden from each
/// other). The actor's own devices always hear of what they did.
/// </summary>
public static class StreamRules
{
    /// <summary>The members who hear of a change <paramref name="actorId"/> made (a message, an edit, a reaction, a receipt).</summary>
    public static IReadOnlyList<Guid> Recipients(IEnumerable<MemberRecord> members, Guid actorId, IReadOnlySet<Guid> blockedWithActor) =>
        [.. members.Where(m => m.UserId == actorId || (Sees(m) && !blockedWithActor.Contains(m.UserId))).Select(m => m.UserId).Distinct()];

    /// <summary>
    /// The members who hear that <paramref name="readerId"/> read: everyone who hears their messages, or, with read
    /// receipts off, nobody but the reader's own devices.
    /// </summary>
    public static IReadOnlyList<Guid> ReadRecipients(IEnumerable<MemberRecord> members, Guid readerId, bool readReceipts, IReadOnlySet<Guid> blockedWithReader) =>
        readReceipts ? Recipients(members, readerId, blockedWithReader) : [readerId];

    /// <summary>The others who see <paramref name="typistId"/> typing: as for their messages, without the typist.</summary>
    public static IReadOnlyList<Guid> TypingRecipients(IEnumerable<MemberRecord> members, Guid typistId, IReadOnlySet<Guid> blockedWithTypist) =>
        [.. Recipients(members, typistId, blockedWithTypist).Where(id => id != typistId)];

    /// <summary>The members who hear of a change to the conversation itself (members, admins): all who see it.</summary>
    public static IReadOnlyList<Guid> ConversationRecipients(IEnumerable<MemberRecord> members) =>
        [.. members.Where(Sees).Select(m => m.UserId).Distinct()];

    /// <summary>
    /// Whether a reconnect after <paramref name="after"/> missed entries that are no longer kept (or names a position
    /// this stream never gave): then it gets a reset instead of a replay with a hole in it.
    /// </summary>
    public static bool IsLost(long after, StreamBounds bounds) =>
        after > bounds.Head || (after < bounds.Head && (bounds.Oldest is not { } oldest || oldest > after + 1));

    private static bool Sees(MemberRecord member) => !member.Locked && member.Folder != Folders.Declined;
}
