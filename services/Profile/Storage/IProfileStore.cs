using Social.Profile.Accounts;
using Social.ServiceDefaults.Messaging.Outbox;

namespace Social.Profile.Storage;

/// <summary>
/// Profile's storage port. Every state change takes the events it raises and commits them in the same
/// transaction (the outbox). Adapters: SQLite (default), MongoDB.
/// </summary>
public interface IProfileStore
{
    /// <summary>Stores the account, its profile and <paramref name="accountCreated"/> atomically. False: the handle is taken (case-insensitive).</summary>
    Task<bool> CreateAccountAsync(NewAccount account, OutboxMessage accountCreated, CancellationToken cancellationToken);

    /// <summary>The profile with this normalized handle, or null.</summary>
    Task<ProfileRecord?> FindByHandleAsync(string handle, CancellationToken cancellationToken);

}
