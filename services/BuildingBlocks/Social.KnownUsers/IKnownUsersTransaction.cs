using Social.EventBus.Outbox;

namespace Social.KnownUsers;

/// <summary>
/// The known-user part of a service's write transaction: facts read and state written in it, nothing decided (the
/// decisions are <see cref="KnownUserRules"/>'). A service's own transaction port extends this one, so that its
/// consequences of an account's deletion or settings commit in the same transaction, with their events.
/// </summary>
public interface IKnownUsersTransaction
{
    /// <summary>The time of this transaction, for every row and event it writes.</summary>
    DateTimeOffset At { get; }

    Task<bool> UserExistsAsync(Guid userId, CancellationToken cancellationToken);

    Task<bool> IsDeletedAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Inserts the user unless one with that id exists; true when this call inserted it.</summary>
    Task<bool> InsertUserAsync(KnownUser user, CancellationToken cancellationToken);

    /// <summary>Deletes the user and their settings and leaves a tombstone.</summary>
    Task DeleteUserAsync(Guid userId, CancellationToken cancellationToken);

    Task<UserSettings?> ReadSettingsAsync(Guid userId, CancellationToken cancellationToken);

    Task WriteSettingsAsync(UserSettings settings, CancellationToken cancellationToken);

    /// <summary>An event that commits with this transaction (outbox).</summary>
    void Publish(OutboxMessage message);
}
