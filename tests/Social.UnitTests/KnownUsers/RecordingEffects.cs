using Social.KnownUsers;

namespace Social.UnitTests.KnownUsers;

/// <summary>A service's consequences of account changes, recorded; it sees the replica as the transaction has it.</summary>
internal sealed class RecordingEffects : IKnownUserEffects<IKnownUsersTransaction>
{
    public List<(Guid User, bool ExistedWhenRemoved)> Removed { get; } = [];

    public List<(UserSettings? Previous, UserSettings Current)> SettingsChanges { get; } = [];

    public async Task UserRemovedAsync(IKnownUsersTransaction transaction, Guid userId, CancellationToken cancellationToken) =>
        Removed.Add((userId, await transaction.UserExistsAsync(userId, cancellationToken)));

    public Task SettingsChangedAsync(IKnownUsersTransaction transaction, UserSettings? previous, UserSettings current, CancellationToken cancellationToken)
    {
        SettingsChanges.Add((previous, current));
        return Task.CompletedTask;
    }
}
