using Social.Messaging.Domain.Conversations;
using Social.Messaging.Domain.Messages;
using Social.Messaging.Storage;
using Social.Relationships;

namespace Social.Messaging.Domain.Reading;

/// <summary>
/// Reading messages as a member: a page in seq order with its reactions, one read for the page's reactions and, in a
/// group, one Graph call for the page's senders: a message by someone blocked either way with the reader is left out
/// (so a page may hold fewer messages than asked while it goes on).
/// </summary>
public sealed class MessageReads(IMessagingStore store, ConversationAccess access, GraphRelationships relationships)
{
    public async Task<ViewedMessagePage?> ListAsync(Guid viewer, Guid conversationId, long? beforeSeq, long? afterSeq, int limit, CancellationToken cancellationToken)
    {
        if (await access.ForMemberAsync(viewer, conversationId, cancellationToken) is not { } facts)
        {
            return null;
        }

        var page = await store.ListMessagesAsync(conversationId, beforeSeq, afterSeq, limit, cancellationToken);
        var backward = afterSeq is null;
        long? next = !page.HasMore || page.Items.Count == 0 ? null : backward ? page.Items[0].Seq : page.Items[^1].Seq;
        var visible = await VisibleAsync(viewer, facts.Conversation, page.Items, cancellationToken);
        return new ViewedMessagePage(await ViewAsync(viewer, visible, cancellationToken), next, backward);
    }

    /// <summary>A message's earlier texts, for a member who may see it.</summary>
    public async Task<MessageEditPage?> EditsAsync(Guid viewer, Guid conversationId, Guid messageId, Guid? after, int limit, CancellationToken cancellationToken)
    {
        if (await access.ForMemberAsync(viewer, conversationId, cancellationToken) is not { } facts
            || await store.FindMessageAsync(messageId, cancellationToken) is not { } message
            || message.ConversationId != conversationId
            || (await VisibleAsync(viewer, facts.Conversation, [message], cancellationToken)).Count == 0)
        {
            return null;
        }

        return await store.ListEditsAsync(messageId, after, limit, cancellationToken);
    }

    /// <summary>One message with its reactions as the viewer sees them.</summary>
    public async Task<ViewedMessage> ViewAsync(Guid viewer, MessageRecord message, CancellationToken cancellationToken) =>
        (await ViewAsync(viewer, [message], cancellationToken))[0];

    public async Task<IReadOnlyList<ViewedMessage>> ViewAsync(Guid viewer, IReadOnlyList<MessageRecord> messages, CancellationToken cancellationToken)
    {
        var live = messages.Where(m => !m.Deleted).Select(m => m.MessageId).ToList();
        var reactions = live.Count == 0 ? new Dictionary<Guid, IReadOnlyList<ReactionSummary>>() : await store.ReactionsOfAsync(viewer, live, cancellationToken);
        return [.. messages.Select(m => new ViewedMessage(m, reactions.GetValueOrDefault(m.MessageId, [])))];
    }

    /// <summary>Those of <paramref name="messages"/> whose senders are not blocked either way with the viewer (a 1:1 was checked with the access).</summary>
    public async Task<IReadOnlyList<MessageRecord>> VisibleAsync(Guid viewer, ConversationRecord conversation, IReadOnlyList<MessageRecord> messages, CancellationToken cancellationToken)
    {
        if (!conversation.IsGroup || messages.All(m => m.SenderId == viewer))
        {
            return messages;
        }

        var known = await relationships.OfAsync(viewer, messages.Select(m => m.SenderId), cancellationToken);
        return [.. messages.Where(m => !known.GetValueOrDefault(m.SenderId, Relationship.None).BlockedEitherWay)];
    }
}
