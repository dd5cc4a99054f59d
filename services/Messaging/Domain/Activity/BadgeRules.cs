using Social.Messaging.Domain.Conversations;

namespace Social.Messaging.Domain.Activity;

/// <summary>
/// What the message badges count (features 16): the unread messages of my inbox conversations that I have not muted,
/// and the message requests waiting. Each member row contributes its share; the stored numbers move by the difference
/// whenever a member row is written (<see cref="MemberWrites"/>), so they are never counted on the request path.
/// </summary>
public static class BadgeRules
{
    public static (long UnreadMessages, long MessageRequests) Contribution(MemberRecord? member) => member switch
    {
        null or { Locked: true } => (0, 0),
        { Folder: Folders.Inbox, Muted: false } => (member.UnreadCount, 0),
        { Folder: Folders.Requests } => (0, 1),
        _ => (0, 0),
    };

    /// <summary>How the member's numbers move when <paramref name="before"/> becomes <paramref name="after"/> (null: no row).</summary>
    public static (long UnreadMessages, long MessageRequests) Difference(MemberRecord? before, MemberRecord? after)
    {
        var (unreadBefore, requestsBefore) = Contribution(before);
        var (unreadAfter, requestsAfter) = Contribution(after);
        return (unreadAfter - unreadBefore, requestsAfter - requestsBefore);
    }

    /// <summary>The numbers as shown: never below zero, whatever a store that predates its counters holds.</summary>
    public static Badges Shown(Badges stored) =>
        new(Math.Max(0, stored.UnreadMessages), Math.Max(0, stored.MessageRequests), Math.Max(0, stored.UnseenActivity));
}
