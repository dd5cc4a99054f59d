using Social.KnownUsers;
using Social.Messaging.Domain.Conversations;
using Social.Messaging.Domain.Messages;
using Social.Relationships.Blocks;
using Social.Storage;
using Social.Messaging.Domain.Stream;

namespace Social.Messaging.Storage;

/// <summary>
/// The statements of one Messaging write transaction: facts read and state written in it. Each write says what it did
/// and decides nothing; the domain decides the members' unread counts, folders and roles, and raises the events.
/// </summary>
public interface IMessagingTransaction : IKnownUsersTransaction, IBlockReplicaTransaction, IIdempotencyKeyTransaction, IActivityTransaction
{
    Task<ConversationRecord?> ReadConversationAsync(Guid conversationId, CancellationToken cancellationToken);

    Task InsertConversationAsync(ConversationRecord conversation, CancellationToken cancellationToken);

    /// <summary>Stores the conversation's newest seq and last activity.</summary>
    Task WriteConversationAsync(ConversationRecord conversation, CancellationToken cancellationToken);

    /// <summary>The 1:1 conversation of the pair, if there is one.</summary>
    Task<Guid?> ReadDirectAsync(Guid low, Guid high, CancellationToken cancellationToken);

    /// <summary>Claims the pair for <paramref name="conversationId"/> unless it has a conversation; true when claimed.</summary>
    Task<bool> InsertDirectAsync(Guid low, Guid high, Guid conversationId, CancellationToken cancellationToken);

    Task<MemberRecord?> ReadMemberAsync(Guid conversationId, Guid userId, CancellationToken cancellationToken);

    /// <summary>The conversation's members, oldest first.</summary>
    Task<IReadOnlyList<MemberRecord>> ReadMembersAsync(Guid conversationId, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces these member rows.</summary>
    Task WriteMembersAsync(IReadOnlyCollection<MemberRecord> members, CancellationToken cancellationToken);

    /// <summary>Deletes the member row; true when there was one.</summary>
    Task<bool> DeleteMemberAsync(Guid conversationId, Guid userId, CancellationToken cancellationToken);

    /// <summary>The conversations <paramref name="userId"/> is in.</summary>
    Task<IReadOnlyList<Guid>> ConversationsOfAsync(Guid userId, CancellationToken cancellationToken);

    Task<MessageRecord?> ReadMessageAsync(Guid messageId, CancellationToken cancellationToken);

    /// <summary>The message <paramref name="senderId"/> sent in the conversation under <paramref name="clientMessageId"/>, if any.</summary>
    Task<MessageRecord?> ReadMessageByClientIdAsync(Guid conversationId, Guid senderId, string clientMessageId, CancellationToken cancellationToken);

    Task InsertMessageAsync(MessageRecord message, CancellationToken cancellationToken);

    /// <summary>Stores the message's text, edit time and deleted flag.</summary>
    Task ReplaceMessageAsync(MessageRecord message, CancellationToken cancellationToken);

    /// <summary>How many messages of the conversation after <paramref name="afterSeq"/>, not sent by <paramref name="readerId"/> and not deleted, there are.</summary>
    Task<long> CountUnreadAsync(Guid conversationId, Guid readerId, long afterSeq, CancellationToken cancellationToken);

    /// <summary>Marks every message <paramref name="senderId"/> sent as deleted (no text) and deletes their histories and reactions.</summary>
    Task UnsendAllByAsync(Guid senderId, CancellationToken cancellationToken);

    Task InsertEditAsync(MessageEdit edit, CancellationToken cancellationToken);

    /// <summary>Deletes the message's history and the reactions on it.</summary>
    Task DeleteEditsAndReactionsAsync(Guid messageId, CancellationToken cancellationToken);

    /// <summary>Inserts the user's reaction with this emoji unless there is one; true when inserted.</summary>
    Task<bool> InsertReactionAsync(MessageRecord message, Guid userId, string emoji, CancellationToken cancellationToken);

    /// <summary>Deletes the user's reaction with this emoji; true when there was one.</summary>
    Task<bool> DeleteReactionAsync(Guid messageId, Guid userId, string emoji, CancellationToken cancellationToken);

    /// <summary>Deletes every reaction <paramref name="userId"/> gave.</summary>
    Task DeleteReactionsByAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// Appends <paramref name="item"/> to each user's stream at their next position (one past their head, which moves
    /// with it), so positions go 1, 2, 3, … per user with no gap and no repeat.
    /// </summary>
    Task AppendToStreamsAsync(IReadOnlyCollection<Guid> userIds, StreamItem item, CancellationToken cancellationToken);

    /// <summary>Once this transaction has committed (never if it does not), wakes these users' open streams (<see cref="IStreamWakeUps"/>).</summary>
    void WakeStreams(IReadOnlyCollection<Guid> userIds);

    /// <summary>Deletes the user's stream, its head and their tickets.</summary>
    Task DeleteStreamOfAsync(Guid userId, CancellationToken cancellationToken);

    Task InsertStreamTicketAsync(StoredStreamTicket ticket, CancellationToken cancellationToken);

    /// <summary>Deletes the ticket with this hash and answers it (null: none), so that of two takers only one gets it.</summary>
    Task<StoredStreamTicket?> TakeStreamTicketAsync(string hash, CancellationToken cancellationToken);
}
