using Microsoft.Extensions.Options;
using Social.Contracts.Events;
using Social.EventBus.Outbox;
using Social.Profile.Identity;
using Social.Profile.Storage;

namespace Social.Profile.Domain.Accounts;

/// <summary>
/// Deletes an account: the account and profile go, <see cref="AccountDeleted"/> is stored in the same transaction
/// (every service forgets the user when it arrives), every session ends, and the handle is quarantined so that no
/// one can impersonate the departed user right away.
/// </summary>
public sealed class AccountDeletion(IProfileStore store, SessionRevocation sessions, IOptions<AccountOptions> options, TimeProvider timeProvider)
{
    /// <summary>False when the account no longer exists.</summary>
    public async Task<bool> DeleteAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var deleted = new AccountDeleted { UserId = userId, DeletedAt = now };
        var removed = await store.DeleteAccountAsync(
            userId,
            now + options.Value.HandleQuarantine,
            OutboxMessage.Create(deleted, userId.ToString(), timeProvider),
            cancellationToken);
        if (removed)
        {
            await sessions.RevokeAllAsync(userId, cancellationToken);
        }

        return removed;
    }
}
