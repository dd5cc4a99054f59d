using Social.Messaging.Domain.Activity;
using Social.Messaging.Storage;

namespace Social.Messaging.Domain.Conversations;

/// <summary>
/// Every write of member rows goes through here, so the members' stored badge numbers (unread messages, message
/// requests) move with the rows in the same transaction, by the difference between the stored row and the new one.
/// </summary>
public static class MemberWrites
{
    /// <summary>Inserts or replaces <paramref name="members"/> (rows of one conversation or more) and adjusts their badges.</summary>
    public static async Task WriteAsync(IMessagingTransaction transaction, IReadOnlyCollection<MemberRecord> members, CancellationToken cancellationToken)
    {
        if (members.Count == 0)
        {
            return;
        }

        var stored = new Dictionary<(Guid ConversationId, Guid UserId), MemberRecord>();
        foreach (var conversationId in members.Select(m => m.ConversationId).Distinct())
        {
            foreach (var member in await transaction.ReadMembersAsync(conversationId, cancellationToken))
            {
                stored[(member.ConversationId, member.UserId)] = member;
            }
        }

        await transaction.WriteMembersAsync(members, cancellationToken);
        foreach (var member in members)
        {
            await AdjustAsync(transaction, member.UserId, stored.GetValueOrDefault((member.ConversationId, member.UserId)), member, cancellationToken);
        }
    }

    /// <summary>Deletes the member row and takes its share out of the member's badges; true when there was one.</summary>
    public static async Task<bool> DeleteAsync(IMessagingTransaction transaction, Guid conversationId, Guid userId, CancellationToken cancellationToken)
    {
        var stored = await transaction.ReadMemberAsync(conversationId, userId, cancellationToken);
        if (!await transaction.DeleteMemberAsync(conversationId, userId, cancellationToken))
        {
            return false;
        }

        await AdjustAsync(transaction, userId, stored, null, cancellationToken);
        return true;
    }

    private static async Task AdjustAsync(IMessagingTransaction transaction, Guid userId, MemberRecord? before, MemberRecord? after, CancellationToken cancellationToken)
    {
        var (unread, requests) = BadgeRules.Difference(before, after);
        if (unread != 0 || requests != 0)
        {
            await transaction.AdjustBadgesAsync(userId, unread, requests, 0, cancellationToken);
        }
    }
}
