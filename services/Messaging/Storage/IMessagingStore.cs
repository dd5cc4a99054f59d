using Social.KnownUsers;

namespace Social.Messaging.Storage;

/// <summary>
/// Messaging's storage port. Adapters: SQLite (default), MongoDB. Today it holds the known users (participants);
/// conversations join it with their own reads and transaction statements.
/// </summary>
public interface IMessagingStore : IKnownUsersStore<IMessagingTransaction>;
