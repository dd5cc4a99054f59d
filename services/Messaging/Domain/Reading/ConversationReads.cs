using Social.Messaging.Domain.Conversations;
using Social.Messaging.Domain.Messages;
using Social.Messaging.Storage;
using Social.Relationships;

namespace Social.Messaging.Domain.Reading;

/// <summary>
/// Conversations as a member sees them. A list page is one range of the member's own rows (most recent activity
/// first), then one read each for the page's members, handles, newest messages and their reactions, and one Graph
/// call for the 1:1 partners and newest senders: a 1:1 with someone blocked either way is left out at once, and a
/// newest message by someone blocked either way is not shown.
/// </summary>
public sealed class ConversationReads(IMessagingStore store, ConversationAccess access, GraphRelationships relationships, MessageReads messages)
{
    public async Task<ViewedConversation?> GetAsync(Guid viewer, Guid conversationId, CancellationToken cancellationToken)
    {
        if (await access.ForMemberAsync(viewer, conversationId, cancellationToken) is not { } facts)
        {
            return null;
        }

        // A 1:1's partner was asked about with the access: its newest sender is the viewer or that partner.
        var known = facts.Conversation.OtherOf(viewer) is { } partner && facts.WithOther is { } withPartner
            ? new Dictionary<Guid, Relationship> { [partner] = withPartner }
            : [];
        return (await ViewAsync(viewer, [new ConversationEntry(facts.Me, facts.Conversation)], known, cancellationToken)).SingleOrDefault();
    }

    public async Task<ViewedConversationPage> ListAsync(Guid viewer, string folder, ActivityPosition? after, int limit, CancellationToken cancellationToken)
    {
        var page = await store.ListConversationsAsync(viewer, folder, after, limit, cancellationToken);
        return new ViewedConversationPage(await ViewAsync(viewer, page.Items, new Dictionary<Guid, Relationship>(), cancellationToken), page.Next);
    }

    private async Task<IReadOnlyList<ViewedConversation>> ViewAsync(
        Guid viewer, IReadOnlyList<ConversationEntry> entries, Dictionary<Guid, Relationship> known, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return [];
        }

        var ids = entries.Select(e => e.Conversation.ConversationId).ToList();
        var members = await store.MembersOfAsync(ids, cancellationToken);
        var newest = (await store.FindMessagesAtAsync(
                [.. entries.Where(e => e.Conversation.LastSeq > 0).Select(e => (e.Conversation.ConversationId, e.Conversation.LastSeq))], cancellationToken))
            .ToDictionary(m => m.ConversationId);
        var partners = entries.Select(e => e.Conversation.OtherOf(viewer)).OfType<Guid>();
        var asked = await relationships.OfAsync(viewer, [.. partners.Concat(newest.Values.Select(m => m.SenderId)).Where(user => !known.ContainsKey(user))], cancellationToken);
        foreach (var (user, relationship) in asked)
        {
            known[user] = relationship;
        }

        bool Blocked(Guid user) => known.GetValueOrDefault(user, Relationship.None).BlockedEitherWay;

        var visible = entries.Where(e => e.Conversation.OtherOf(viewer) is not { } partner || !Blocked(partner)).ToList();
        var shown = visible.Select(e => newest.GetValueOrDefault(e.Conversation.ConversationId)).OfType<MessageRecord>().Where(m => !Blocked(m.SenderId)).ToList();
        var views = (await messages.ViewAsync(viewer, shown, cancellationToken)).ToDictionary(v => v.Message.ConversationId);
        var handles = await store.HandlesAsync([.. visible.SelectMany(e => members.GetValueOrDefault(e.Conversation.ConversationId, [])).Select(m => m.UserId).Distinct()], cancellationToken);
        return [.. visible.Select(e => new ViewedConversation(
            e.Conversation, e.Me, members.GetValueOrDefault(e.Conversation.ConversationId, []), handles, views.GetValueOrDefault(e.Conversation.ConversationId)))];
    }
}
