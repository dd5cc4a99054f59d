using Social.Messaging.Domain.Conversations;
using Social.Messaging.Domain.Messages;
using Social.Messaging.Storage;
using Social.Relationships.Blocks;

namespace Social.Messaging.Domain.Stream;

/// <summary>
/// Fan-out on write: a change is appended to the stream of each member who must see it (<see cref="StreamRules"/>),
/// in the transaction of the change itself, so the entries and the change commit together or not at all; once they
/// have, the recipients' open streams are woken (<see cref="IMessagingTransaction.WakeStreams"/>). A group has at most 64 members, which bounds
/// the work. Blocks between group members come from the block replica read in the same transaction.
/// </summary>
public sealed class StreamFanOut(IMessagingTransaction transaction)
{
    /// <summary>A message sent, edited or unsent (<paramref name="type"/>), to the members who see its sender's messages.</summary>
    public async Task MessageAsync(ConversationRecord conversation, IReadOnlyList<MemberRecord> members, MessageRecord message, string type, CancellationToken cancellationToken)
    {
        var recipients = StreamRules.Recipients(members, message.SenderId, await BlockedWithAsync(conversation, message.SenderId, members, cancellationToken));
        await AppendAsync(recipients, new StreamItem(type, message.ConversationId, message.MessageId, message.Seq, message.SenderId), cancellationToken);
    }

    public async Task ReactionAsync(
        ConversationRecord conversation, IReadOnlyList<MemberRecord> members, MessageRecord message, Guid userId, string emoji, bool added, CancellationToken cancellationToken)
    {
        var recipients = StreamRules.Recipients(members, userId, await BlockedWithAsync(conversation, userId, members, cancellationToken));
        var change = added ? ConversationChanges.ReactionAdded : ConversationChanges.ReactionRemoved;
        await AppendAsync(recipients, new StreamItem(StreamEventTypes.Reaction, message.ConversationId, message.MessageId, message.Seq, userId, emoji, change), cancellationToken);
    }

    public async Task ReadAsync(
        ConversationRecord conversation, IReadOnlyList<MemberRecord> members, Guid readerId, long upToSeq, bool readReceipts, CancellationToken cancellationToken)
    {
        var blocked = readReceipts ? await BlockedWithAsync(conversation, readerId, members, cancellationToken) : new HashSet<Guid>();
        var recipients = StreamRules.ReadRecipients(members, readerId, readReceipts, blocked);
        await AppendAsync(recipients, new StreamItem(StreamEventTypes.Read, conversation.ConversationId, Seq: upToSeq, UserId: readerId), cancellationToken);
    }

    /// <summary>A change to the conversation itself (<see cref="ConversationChanges"/>), to <paramref name="recipients"/>.</summary>
    public Task ConversationAsync(Guid conversationId, IReadOnlyCollection<Guid> recipients, string change, Guid? userId, CancellationToken cancellationToken) =>
        AppendAsync(recipients, new StreamItem(StreamEventTypes.Conversation, conversationId, UserId: userId, Change: change), cancellationToken);

    /// <summary>A change to the conversation, to every member who sees it now (the members are read here).</summary>
    public async Task ConversationAsync(Guid conversationId, string change, Guid? userId, CancellationToken cancellationToken, params Guid[] alsoTo)
    {
        var members = await transaction.ReadMembersAsync(conversationId, cancellationToken);
        await ConversationAsync(conversationId, [.. StreamRules.ConversationRecipients(members).Union(alsoTo)], change, userId, cancellationToken);
    }

    /// <summary>A change of one user's own (their activity inbox, their badges), keyed by them rather than by a conversation.</summary>
    public Task ToUserAsync(Guid userId, StreamItem item, CancellationToken cancellationToken) => AppendAsync([userId], item, cancellationToken);

    /// <summary>
    /// Changes of several users' own, each to its user's stream in the order given, waking each stream once: a
    /// transaction that applies many events wakes each stream once.
    /// </summary>
    public async Task ToUsersAsync(IReadOnlyList<(Guid UserId, StreamItem Item)> items, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return;
        }

        foreach (var (userId, item) in items)
        {
            await transaction.AppendToStreamsAsync([userId], item, cancellationToken);
        }

        transaction.WakeStreams([.. items.Select(i => i.UserId).Distinct()]);
    }

    private async Task AppendAsync(IReadOnlyCollection<Guid> recipients, StreamItem item, CancellationToken cancellationToken)
    {
        if (recipients.Count == 0)
        {
            return;
        }

        await transaction.AppendToStreamsAsync(recipients, item, cancellationToken);
        transaction.WakeStreams(recipients);
    }

    /// <summary>The group's members blocked either way with <paramref name="actorId"/> (a locked 1:1 is left out by its lock).</summary>
    private async Task<IReadOnlySet<Guid>> BlockedWithAsync(ConversationRecord conversation, Guid actorId, IReadOnlyList<MemberRecord> members, CancellationToken cancellationToken)
    {
        var blocked = new HashSet<Guid>();
        if (!conversation.IsGroup)
        {
            return blocked;
        }

        foreach (var member in members.Where(m => m.UserId != actorId))
        {
            if (await ReplicatedBlocks.SeparateAsync(transaction, actorId, member.UserId, cancellationToken))
            {
                blocked.Add(member.UserId);
            }
        }

        return blocked;
    }
}
