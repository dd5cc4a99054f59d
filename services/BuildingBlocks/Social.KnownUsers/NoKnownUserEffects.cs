namespace Social.KnownUsers;

/// <summary>For a service whose own state does not depend on accounts beyond the replica itself.</summary>
public sealed class NoKnownUserEffects<TTransaction> : IKnownUserEffects<TTransaction>
    where TTransaction : IKnownUsersTransaction
{
    public Task UserRemovedAsync(TTransaction transaction, Guid userId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SettingsChangedAsync(TTransaction transaction, UserSettings? previous, UserSettings current, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
