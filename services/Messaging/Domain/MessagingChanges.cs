using Social.Contracts.Events;
using Social.EventBus.Outbox;
using Social.Messaging.Domain.Messages;
using Social.Messaging.Domain.Stream;
using Social.Messaging.Storage;

namespace Social.Messaging.Domain;

/// <summary>
/// The events of one Messaging transaction, published into it as they happen, so that a message, its seq, the
/// members' unread counts and its event commit together or not at all. Every event is keyed by its conversation, so
/// the relay keeps a conversation's events in order.
/// </summary>
public sealed class MessagingChanges(IMessagingTransaction transaction, TimeProvider clock)
{
    private DateTimeOffset At => transaction.At;

    /// <summary>The same changes as the members' live streams show them, appended in this transaction.</summary>
    public StreamFanOut Stream { get; } = new(transaction);

    public void ConversationCreated(Guid conversationId, Guid createdBy, bool isGroup, IReadOnlyList<Guid> memberIds) =>
        Add(new ConversationCreated { ConversationId = conversationId, CreatedBy = createdBy, IsGroup = isGroup, MemberIds = memberIds, At = At }, conversationId);

    public void MemberAdded(Guid conversationId, Guid userId, Guid addedBy) =>
        Add(new ConversationMemberAdded { ConversationId = conversationId, UserId = userId, AddedBy = addedBy, At = At }, conversationId);

    public void MemberRemoved(Guid conversationId, Guid userId, string reason) =>
        Add(new ConversationMemberRemoved { ConversationId = conversationId, UserId = userId, Reason = reason, At = At }, conversationId);

    public void AdminChanged(Guid conversationId, Guid userId, bool admin)
    {
        if (admin)
        {
            Add(new ConversationAdminAdded { ConversationId = conversationId, UserId = userId, At = At }, conversationId);
        }
        else
        {
            Add(new ConversationAdminRemoved { ConversationId = conversationId, UserId = userId, At = At }, conversationId);
        }
    }

    public void MessageSent(MessageRecord message) =>
        Add(new MessageSent
        {
            MessageId = message.MessageId, ConversationId = message.ConversationId, Seq = message.Seq, SenderId = message.SenderId, StoryId = message.StoryId, At = At,
        }, message.ConversationId);

    public void MessageEdited(MessageRecord message) =>
        Add(new MessageEdited { MessageId = message.MessageId, ConversationId = message.ConversationId, Seq = message.Seq, SenderId = message.SenderId, At = At }, message.ConversationId);

    public void MessageUnsent(MessageRecord message) =>
        Add(new MessageUnsent { MessageId = message.MessageId, ConversationId = message.ConversationId, Seq = message.Seq, SenderId = message.SenderId, At = At }, message.ConversationId);

    public void ReactionAdded(MessageRecord message, Guid userId, string emoji) =>
        Add(new ReactionAdded { MessageId = message.MessageId, ConversationId = message.ConversationId, UserId = userId, Emoji = emoji, At = At }, message.ConversationId);

    public void ReactionRemoved(MessageRecord message, Guid userId, string emoji) =>
        Add(new ReactionRemoved { MessageId = message.MessageId, ConversationId = message.ConversationId, UserId = userId, Emoji = emoji, At = At }, message.ConversationId);

    public void Read(Guid conversationId, Guid userId, long upToSeq) =>
        Add(new ConversationRead { ConversationId = conversationId, UserId = userId, UpToSeq = upToSeq, At = At }, conversationId);

    private void Add<TEvent>(TEvent message, Guid conversationId)
        where TEvent : class =>
        transaction.Publish(OutboxMessage.Create(message, conversationId.ToString(), clock));
}
