using Social.Contracts.Events;
using Social.Messaging.Domain.Stream;
using Social.Messaging.Storage;
using Social.Relationships;

namespace Social.Messaging.Domain.Conversations;

/// <summary>
/// Who is in a group: admins add and remove members and admins (<see cref="ConversationRules.MayManage"/>); anyone
/// leaves. A group keeps an admin while anyone is in it. Every change is idempotent: adding a member who is in, or
/// removing one who is not, changes nothing.
/// </summary>
public sealed class Membership(IMessagingStore store, ConversationAccess access, GraphRelationships relationships, KnownMembers known, TimeProvider clock)
{
    public async Task<ConversationDecision> AddMemberAsync(Guid actor, Guid conversationId, Guid userId, CancellationToken cancellationToken)
    {
        if (await ManagedAsync(actor, conversationId, cancellationToken) is var managed and not ConversationDecision.Allowed)
        {
            return managed;
        }

        var relationship = await relationships.WithAsync(actor, userId, cancellationToken);
        if (actor != userId && (relationship.BlockedEitherWay || !await known.AllKnownAsync([userId], cancellationToken)))
        {
            return ConversationDecision.NotFound;
        }

        var folder = ConversationRules.FolderFor(await store.GetSettingsAsync(userId, cancellationToken), relationship);
        return await store.WriteAsync(async (transaction, ct) =>
        {
            var members = await transaction.ReadMembersAsync(conversationId, ct);
            if (members.FirstOrDefault(m => m.UserId == actor) is not { IsAdmin: true })
            {
                return ConversationDecision.NotAdmin;
            }

            if (members.Any(m => m.UserId == userId))
            {
                return ConversationDecision.Allowed;
            }

            if (members.Count >= ConversationRules.MaxMembers)
            {
                return ConversationDecision.TooManyMembers;
            }

            await MemberWrites.WriteAsync(transaction, [new MemberRecord(conversationId, userId, false, folder, false, 0, 0, transaction.At, transaction.At)], ct);
            var changes = new MessagingChanges(transaction, clock);
            changes.MemberAdded(conversationId, userId, actor);
            await changes.Stream.ConversationAsync(conversationId, ConversationChanges.MemberAdded, userId, ct);
            return ConversationDecision.Allowed;
        }, cancellationToken);
    }

    /// <summary>An admin removes a member; removing oneself is leaving.</summary>
    public async Task<ConversationDecision> RemoveMemberAsync(Guid actor, Guid conversationId, Guid userId, CancellationToken cancellationToken)
    {
        if (actor == userId)
        {
            return await LeaveAsync(actor, conversationId, cancellationToken);
        }

        if (await ManagedAsync(actor, conversationId, cancellationToken) is var managed and not ConversationDecision.Allowed)
        {
            return managed;
        }

        await store.WriteAsync((transaction, ct) => RemoveAsync(transaction, new MessagingChanges(transaction, clock), conversationId, userId, MemberEndReasons.Removed, ct), cancellationToken);
        return ConversationDecision.Allowed;
    }

    public async Task<ConversationDecision> LeaveAsync(Guid actor, Guid conversationId, CancellationToken cancellationToken)
    {
        if (await access.ForMemberAsync(actor, conversationId, cancellationToken) is not { } facts)
        {
            return ConversationDecision.NotFound;
        }

        if (!facts.Conversation.IsGroup)
        {
            return ConversationDecision.NotAGroup;
        }

        await store.WriteAsync((transaction, ct) => RemoveAsync(transaction, new MessagingChanges(transaction, clock), conversationId, actor, MemberEndReasons.Left, ct), cancellationToken);
        return ConversationDecision.Allowed;
    }

    /// <summary>An admin makes a member an admin (<paramref name="admin"/>), or takes the role back.</summary>
    public async Task<ConversationDecision> SetAdminAsync(Guid actor, Guid conversationId, Guid userId, bool admin, CancellationToken cancellationToken)
    {
        if (await ManagedAsync(actor, conversationId, cancellationToken) is var managed and not ConversationDecision.Allowed)
        {
            return managed;
        }

        return await store.WriteAsync(async (transaction, ct) =>
        {
            var members = await transaction.ReadMembersAsync(conversationId, ct);
            if (members.FirstOrDefault(m => m.UserId == actor) is not { IsAdmin: true })
            {
                return ConversationDecision.NotAdmin;
            }

            if (members.FirstOrDefault(m => m.UserId == userId) is not { } target)
            {
                return ConversationDecision.NotFound;
            }

            if (!admin && !ConversationRules.MayDemote(members, target))
            {
                return ConversationDecision.LastAdmin;
            }

            if (target.IsAdmin != admin)
            {
                await MemberWrites.WriteAsync(transaction, [target with { IsAdmin = admin }], ct);
                var changes = new MessagingChanges(transaction, clock);
                changes.AdminChanged(conversationId, userId, admin);
                await changes.Stream.ConversationAsync(conversationId, admin ? ConversationChanges.AdminAdded : ConversationChanges.AdminRemoved, userId, ct);
            }

            return ConversationDecision.Allowed;
        }, cancellationToken);
    }

    /// <summary>
    /// Takes the user out of the conversation in <paramref name="transaction"/>, with its event; when they were the
    /// last admin of a group, the longest-standing member left takes the role. True when they were in it.
    /// </summary>
    public static async Task<bool> RemoveAsync(
        IMessagingTransaction transaction, MessagingChanges changes, Guid conversationId, Guid userId, string reason, CancellationToken cancellationToken)
    {
        if (!await MemberWrites.DeleteAsync(transaction, conversationId, userId, cancellationToken))
        {
            return false;
        }

        changes.MemberRemoved(conversationId, userId, reason);
        // The one removed hears of it (their devices drop the conversation); from now on they hear nothing of it.
        await changes.Stream.ConversationAsync(conversationId, ConversationChanges.MemberRemoved, userId, cancellationToken, userId);
        if (await transaction.ReadConversationAsync(conversationId, cancellationToken) is { IsGroup: true }
            && ConversationRules.NextAdmin(await transaction.ReadMembersAsync(conversationId, cancellationToken)) is { } next)
        {
            await MemberWrites.WriteAsync(transaction, [next with { IsAdmin = true }], cancellationToken);
            changes.AdminChanged(conversationId, next.UserId, admin: true);
            await changes.Stream.ConversationAsync(conversationId, ConversationChanges.AdminAdded, next.UserId, cancellationToken);
        }

        return true;
    }

    private async Task<ConversationDecision> ManagedAsync(Guid actor, Guid conversationId, CancellationToken cancellationToken) =>
        await access.ForMemberAsync(actor, conversationId, cancellationToken) is { } facts
            ? ConversationRules.MayManage(facts.Conversation, facts.Me)
            : ConversationDecision.NotFound;
}
