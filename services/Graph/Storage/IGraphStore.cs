using Social.Graph.Users;
using Social.ServiceDefaults.Messaging.Inbox;

namespace Social.Graph.Storage;

/// <summary>Graph's storage port. Adapters: SQLite (default), MongoDB.</summary>
public interface IGraphStore
{
    /// <summary>Adds the user once per <paramref name="receipt"/>; false when that message was already applied.</summary>
    /// <summary>
    /// Forgets the user once per <paramref name="receipt"/> and remembers that they are gone, so that a late
    /// AccountCreated (events of different kinds may be consumed out of order) cannot bring them back.
    /// </summary>
    Task<bool> RemoveUserAsync(Guid userId, MessageReceipt receipt, CancellationToken cancellationToken);

    Task<bool> AddUserAsync(GraphUser user, MessageReceipt receipt, CancellationToken cancellationToken);

    Task<GraphUser?> FindUserAsync(Guid userId, CancellationToken cancellationToken);
}
