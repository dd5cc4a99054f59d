using Social.EventBus.Inbox;

namespace Social.KnownUsers;

/// <summary>The part of a service's storage port that the known-users component uses.</summary>
/// <typeparam name="TTransaction">The service's own transaction port.</typeparam>
public interface IKnownUsersStore<TTransaction>
    where TTransaction : IKnownUsersTransaction
{
    /// <summary>
    /// Runs <paramref name="effect"/> in one transaction with the message's receipt and the events it publishes, at
    /// most once per receipt; false when that message was already applied.
    /// </summary>
    Task<bool> ApplyOnceAsync(MessageReceipt receipt, Func<TTransaction, CancellationToken, Task> effect, CancellationToken cancellationToken);

    Task<KnownUser?> FindUserAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The user's settings as applied, or the defaults when none arrived yet.</summary>
    Task<UserSettings> GetSettingsAsync(Guid userId, CancellationToken cancellationToken);
}
