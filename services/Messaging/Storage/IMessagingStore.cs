using Social.Messaging.Participants;
using Social.ServiceDefaults.Messaging.Inbox;

namespace Social.Messaging.Storage;

/// <summary>Messaging's storage port. Adapters: SQLite (default), MongoDB.</summary>
public interface IMessagingStore
{
    /// <summary>Adds the participant once per <paramref name="receipt"/>; false when that message was already applied.</summary>
    Task<bool> AddParticipantAsync(MessagingParticipant participant, MessageReceipt receipt, CancellationToken cancellationToken);

    Task<MessagingParticipant?> FindParticipantAsync(Guid userId, CancellationToken cancellationToken);
}
