using Social.EventBus.Inbox;

namespace Social.KnownUsers;

/// <summary>
/// The use cases of a service's replica of accounts: Profile's events applied once each, in any order, with the
/// service's own consequences (<see cref="IKnownUserEffects{TTransaction}"/>) in the same transaction; and the
/// read-through for a user no event has announced yet.
/// </summary>
public sealed class KnownUsers<TTransaction>(
    IKnownUsersStore<TTransaction> store,
    IKnownUserEffects<TTransaction> effects,
    KnownUsersScope scope,
    IAccountSource? accounts = null)
    where TTransaction : IKnownUsersTransaction
{
    /// <summary>The inbox consumer name of read-through learning: once per user, however many calls miss them.</summary>
    private readonly string _readThrough = $"{scope.ServiceName}.user-read-through";

    public Task<bool> AddAsync(KnownUser user, MessageReceipt receipt, CancellationToken cancellationToken) =>
        store.ApplyOnceAsync(receipt, async (transaction, ct) =>
        {
            if (KnownUserRules.MayAdd(await transaction.IsDeletedAsync(user.UserId, ct)))
            {
                await transaction.InsertUserAsync(user, ct);
            }
        }, cancellationToken);

    public Task<bool> RemoveAsync(Guid userId, MessageReceipt receipt, CancellationToken cancellationToken) =>
        store.ApplyOnceAsync(receipt, async (transaction, ct) =>
        {
            await effects.UserRemovedAsync(transaction, userId, ct);
            await transaction.DeleteUserAsync(userId, ct);
        }, cancellationToken);

    public Task<bool> ApplySettingsAsync(UserSettings settings, MessageReceipt receipt, CancellationToken cancellationToken) =>
        store.ApplyOnceAsync(receipt, async (transaction, ct) =>
        {
            var current = await transaction.ReadSettingsAsync(settings.UserId, ct);
            if (!KnownUserRules.MayApply(current, settings))
            {
                return;
            }

            await transaction.WriteSettingsAsync(settings, ct);
            await effects.SettingsChangedAsync(transaction, current, settings, ct);
        }, cancellationToken);

    /// <summary>
    /// Asks the owner of accounts about <paramref name="userIds"/> and records those it knows as their events would
    /// (never a deleted one; with their privacy, so a follow of a private account is still a request). Only misses
    /// pay for this. True when any user was learned.
    /// </summary>
    public async Task<bool> LearnAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        if (accounts is null)
        {
            throw new InvalidOperationException("No account source is registered: call AddKnownUsersReadThrough.");
        }

        var found = await accounts.FindAsync(userIds, cancellationToken);
        foreach (var (user, isPrivate) in found)
        {
            await AddAsync(user, new MessageReceipt(_readThrough, user.UserId), cancellationToken);
            await ApplySettingsAsync(
                KnownUserRules.Learned(user.UserId, isPrivate),
                new MessageReceipt(_readThrough + ".settings", user.UserId),
                cancellationToken);
        }

        return found.Count > 0;
    }
}
