using Social.EventBus.Inbox;
using Social.KnownUsers;
using Social.Messaging.Domain.Conversations;
using Social.Messaging.Domain.Messages;
using Social.Storage;
using Social.Messaging.Domain.Stream;

namespace Social.Messaging.Storage;

/// <summary>
/// Messaging's storage port. Adapters: SQLite (default), MongoDB. They read facts and write state and events; every
/// decision is the domain's. Writes run in <see cref="WriteAsync{T}"/> (consumers: <see cref="IKnownUsersStore{T}.ApplyOnceAsync"/>).
/// Reads are point lookups and index ranges: a member's conversation list is one range of their own member rows
/// (ordered by activity), a conversation's messages one range of (conversation, seq).
/// </summary>
public interface IMessagingStore : IKnownUsersStore<IMessagingTransaction>, IIdempotencyKeyStore, IActivityStore
{
    /// <summary>Runs <paramref name="work"/> in one write transaction with the events it publishes.</summary>
    Task<T> WriteAsync<T>(Func<IMessagingTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>
    /// Several consumers' messages in one write transaction: each receipt is recorded unless it was already (or is met
    /// earlier in <paramref name="receipts"/>), then <paramref name="effect"/> applies the messages whose receipts are
    /// new, as it is told. Answers which were new; nothing is written when none is.
    /// </summary>
    Task<IReadOnlyList<bool>> ApplyEachOnceAsync(
        IReadOnlyList<MessageReceipt> receipts, Func<IMessagingTransaction, IReadOnlyList<bool>, CancellationToken, Task> effect, CancellationToken cancellationToken);

    Task<ConversationRecord?> FindConversationAsync(Guid conversationId, CancellationToken cancellationToken);

    Task<MemberRecord?> FindMemberAsync(Guid conversationId, Guid userId, CancellationToken cancellationToken);

    /// <summary>The members of each of <paramref name="conversationIds"/>, oldest first.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<MemberRecord>>> MembersOfAsync(IReadOnlyCollection<Guid> conversationIds, CancellationToken cancellationToken);

    /// <summary>A page of <paramref name="userId"/>'s conversations in <paramref name="folder"/>, not locked, most recent activity first, after <paramref name="after"/>.</summary>
    Task<ConversationEntryPage> ListConversationsAsync(Guid userId, string folder, ActivityPosition? after, int limit, CancellationToken cancellationToken);

    Task<MessageRecord?> FindMessageAsync(Guid messageId, CancellationToken cancellationToken);

    /// <summary>The messages with these seqs of each conversation (the newest of each, for conversation lists).</summary>
    Task<IReadOnlyList<MessageRecord>> FindMessagesAtAsync(IReadOnlyCollection<(Guid ConversationId, long Seq)> positions, CancellationToken cancellationToken);

    /// <summary>
    /// A page of the conversation's messages in seq order: the newest <paramref name="limit"/> below
    /// <paramref name="beforeSeq"/> (or the newest of all), or, with <paramref name="afterSeq"/>, the oldest above it.
    /// </summary>
    Task<MessagePage> ListMessagesAsync(Guid conversationId, long? beforeSeq, long? afterSeq, int limit, CancellationToken cancellationToken);

    /// <summary>The reactions on each of <paramref name="messageIds"/> that has any, per emoji in first-reacted order, with whether <paramref name="viewer"/>'s is among them.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<ReactionSummary>>> ReactionsOfAsync(Guid viewer, IReadOnlyCollection<Guid> messageIds, CancellationToken cancellationToken);

    /// <summary>A page of a message's earlier texts, newest first, after the edit <paramref name="after"/>.</summary>
    Task<MessageEditPage> ListEditsAsync(Guid messageId, Guid? after, int limit, CancellationToken cancellationToken);

    /// <summary>The handles of those of <paramref name="userIds"/> that are known.</summary>
    Task<IReadOnlyDictionary<Guid, string>> HandlesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken);

    /// <summary>The user's stream entries after <paramref name="after"/>, oldest first: one range of (user, position).</summary>
    Task<IReadOnlyList<StreamEntry>> ReadStreamAsync(Guid userId, long after, int limit, CancellationToken cancellationToken);

    Task<StreamBounds> StreamBoundsAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Deletes up to <paramref name="max"/> stream entries appended before <paramref name="before"/>, oldest first; answers how many.</summary>
    Task<int> PurgeStreamAsync(DateTimeOffset before, int max, CancellationToken cancellationToken);

    /// <summary>Deletes up to <paramref name="max"/> tickets that expired before <paramref name="before"/>; answers how many.</summary>
    Task<int> PurgeStreamTicketsAsync(DateTimeOffset before, int max, CancellationToken cancellationToken);
}
