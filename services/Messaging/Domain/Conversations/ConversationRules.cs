using Social.Contracts.Settings;
using Social.KnownUsers;
using Social.Relationships;
using Social.ServiceDefaults.Validation;

namespace Social.Messaging.Domain.Conversations;

/// <summary>
/// Who is in a conversation, who sees it and who manages it, in one place. A 1:1 is one per pair; a group has at
/// most <see cref="MaxMembers"/> members and at least one admin while anyone is in it. A conversation is not found
/// to anyone outside it, and a 1:1 is not found to either of a pair blocked either way.
/// </summary>
public static class ConversationRules
{
    /// <summary>The most members a group has, its creator included.</summary>
    public const int MaxMembers = 64;

    public const int TitleMaxLength = 100;

    /// <summary>The members a creator asked for besides themself: listing oneself too changes nothing, one is in every conversation one starts.</summary>
    public static IReadOnlyCollection<Guid> Others(Guid creator, IEnumerable<Guid> memberIds) => [.. memberIds.Where(id => id != creator).Distinct()];

    /// <summary>Whether a conversation of the creator and <paramref name="others"/> (see <see cref="Others"/>) may start.</summary>
    public static IReadOnlyList<FieldViolation> CheckCreate(IReadOnlyCollection<Guid> others, string? title)
    {
        var violations = new List<FieldViolation>();
        if (others.Count == 0)
        {
            violations.Add(new FieldViolation("memberIds", "A conversation has at least one other member."));
        }
        else if (others.Count > MaxMembers - 1)
        {
            violations.Add(new FieldViolation("memberIds", $"A group has at most {MaxMembers} members, you included."));
        }

        if (title is not null && others.Count == 1)
        {
            violations.Add(new FieldViolation("title", "A direct conversation has no title; only groups do."));
        }
        else if (title is not null && CheckTitle(title) is { } problem)
        {
            violations.Add(new FieldViolation("title", problem));
        }

        return violations;
    }

    private static string? CheckTitle(string title) =>
        string.IsNullOrWhiteSpace(title) ? "A title is not blank." : TextRules.Check(title, TitleMaxLength, "A title");

    /// <summary>
    /// Where a conversation started by <c>actor</c> sits for <paramref name="recipient"/>: their inbox when their
    /// <c>whoCanMessage</c> admits the actor (<paramref name="actorToRecipient"/>: the actor's relationship with them),
    /// their message requests otherwise.
    /// </summary>
    public static string FolderFor(UserSettings recipient, Relationship actorToRecipient) =>
        Audiences.Admits(recipient.WhoCanMessage, actorToRecipient.Following, actorToRecipient.FollowedBy) ? Folders.Inbox : Folders.Requests;

    /// <summary>
    /// Whether the conversation does not exist for the user: they are not in it, or it is a 1:1 with someone blocked
    /// either way (<paramref name="withOther"/> from Graph now, <see cref="MemberRecord.Locked"/> from its events).
    /// </summary>
    public static bool Hides(ConversationRecord conversation, MemberRecord? me, Relationship? withOther) =>
        me is null || (!conversation.IsGroup && (me.Locked || withOther?.BlockedEitherWay == true));

    /// <summary>Whether the member may add, remove and promote members: admins of groups only.</summary>
    public static ConversationDecision MayManage(ConversationRecord conversation, MemberRecord me) =>
        !conversation.IsGroup ? ConversationDecision.NotAGroup
        : !me.IsAdmin ? ConversationDecision.NotAdmin
        : ConversationDecision.Allowed;

    /// <summary>
    /// The members after message <paramref name="seq"/> by <paramref name="senderId"/>: everyone's activity moves to
    /// <paramref name="at"/>; the others have one more unread message; the sender has read everything, and a request
    /// they answer is accepted. Only changed rows are returned.
    /// </summary>
    public static IReadOnlyList<MemberRecord> AfterMessage(IEnumerable<MemberRecord> members, Guid senderId, long seq, DateTimeOffset at) =>
        [.. members.Select(member => member.UserId == senderId
            ? member with { ReadSeq = seq, UnreadCount = 0, LastActivityAt = at, Folder = Folders.Inbox }
            : member with { UnreadCount = member.UnreadCount + 1, LastActivityAt = at })];

    /// <summary>The members whose unread count drops because message <paramref name="seq"/> by <paramref name="senderId"/> was unsent before they read it.</summary>
    public static IReadOnlyList<MemberRecord> AfterUnsend(IEnumerable<MemberRecord> members, Guid senderId, long seq) =>
        [.. members.Where(m => m.UserId != senderId && m.ReadSeq < seq && m.UnreadCount > 0).Select(m => m with { UnreadCount = m.UnreadCount - 1 })];

    /// <summary>Whether <paramref name="upToSeq"/> is a read position of a conversation whose newest message is <paramref name="lastSeq"/>.</summary>
    public static IReadOnlyList<FieldViolation> CheckRead(long upToSeq, long lastSeq) =>
        upToSeq < 1 ? [new FieldViolation("upToSeq", "A read position is the seq of a message: 1 or more.")]
        : upToSeq > lastSeq ? [new FieldViolation("upToSeq", "No message of this conversation has this seq yet.")]
        : [];

    /// <summary>A read position only moves forward: reading an older message again changes nothing.</summary>
    public static long ReadPosition(MemberRecord me, long upToSeq) => Math.Max(me.ReadSeq, upToSeq);

    /// <summary>
    /// The member to make admin when a group's last admin is gone: the longest-standing of those who remain (null when
    /// an admin remains, or nobody does).
    /// </summary>
    public static MemberRecord? NextAdmin(IReadOnlyCollection<MemberRecord> remaining) =>
        remaining.Any(m => m.IsAdmin) ? null : remaining.OrderBy(m => m.JoinedAt).ThenBy(m => m.UserId).FirstOrDefault();

    /// <summary>Whether the admin role may be taken from <paramref name="target"/>: not from a group's only admin.</summary>
    public static bool MayDemote(IReadOnlyCollection<MemberRecord> members, MemberRecord target) =>
        !target.IsAdmin || members.Count(m => m.IsAdmin) > 1;

    /// <summary>The ids of a 1:1 pair in the order they are stored and looked up by.</summary>
    public static (Guid Low, Guid High) Pair(Guid one, Guid other) => one.CompareTo(other) < 0 ? (one, other) : (other, one);
}
