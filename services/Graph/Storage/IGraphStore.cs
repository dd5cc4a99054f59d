using Social.Graph.Users;
using Social.ServiceDefaults.Messaging.Inbox;

namespace Social.Graph.Storage;

/// <summary>Graph's storage port. Adapters: SQLite (default), MongoDB.</summary>
public interface IGraphStore
{
    /// <summary>Adds the user once per <paramref name="receipt"/>; false when that message was already applied.</summary>
    Task<bool> AddUserAsync(GraphUser user, MessageReceipt receipt, CancellationToken cancellationToken);

    Task<GraphUser?> FindUserAsync(Guid userId, CancellationToken cancellationToken);
}
