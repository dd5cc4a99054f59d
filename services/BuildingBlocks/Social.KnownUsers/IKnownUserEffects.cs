namespace Social.KnownUsers;

/// <summary>
/// What an account's deletion or new settings mean for one service (Graph drops the user's edges and fixes the
/// counts; a private account going public accepts its waiting requests). Runs inside the transaction that applies
/// the event, so the consequence and the replica change together.
/// </summary>
public interface IKnownUserEffects<in TTransaction>
    where TTransaction : IKnownUsersTransaction
{
    Task UserRemovedAsync(TTransaction transaction, Guid userId, CancellationToken cancellationToken);

    Task SettingsChangedAsync(TTransaction transaction, UserSettings? previous, UserSettings current, CancellationToken cancellationToken);
}
