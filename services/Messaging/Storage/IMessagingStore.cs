using Social.Messaging.Participants;
using Social.EventBus.Inbox;

namespace Social.Messaging.Storage;

/// <summary>Messaging's storage port. Adapters: SQLite (default), MongoDB.</summary>
public interface IMessagingStore
{
    /// <summary>Adds the participant once per <paramref name="receipt"/>; false when that message was already applied.</summary>
    /// <summary>
    /// Forgets the user once per <paramref name="receipt"/> and remembers that they are gone, so that a late
    /// AccountCreated (events of different kinds may be consumed out of order) cannot bring them back.
    /// </summary>
    Task<bool> RemoveParticipantAsync(Guid userId, MessageReceipt receipt, CancellationToken cancellationToken);

    Task<bool> AddParticipantAsync(MessagingParticipant participant, MessageReceipt receipt, CancellationToken cancellationToken);

    Task<MessagingParticipant?> FindParticipantAsync(Guid userId, CancellationToken cancellationToken);
}
