using Social.Contracts.Events;
using Social.EventBus.Outbox;
using Social.Profile.Identity;
using Social.Profile.Storage;
using Social.ServiceDefaults.Validation;

namespace Social.Profile.Domain.Accounts;

/// <summary>
/// A signed-in user changes their password, proving the current one; every session of the account then ends, so a
/// stolen refresh token stops working with the old password. <see cref="PasswordChanged"/> commits with the new hash and
/// Profile ends the older sessions again on receipt: a crash right after the change cannot leave them alive.
/// </summary>
public sealed class PasswordChange(IProfileStore store, PasswordHashing passwords, SessionRevocation sessions, TimeProvider clock)
{
    /// <summary>
    /// Changed, or why not: the account no longer exists, or the current password is wrong or the new one weak (every
    /// such field at once; nothing is changed).
    /// </summary>
    public async Task<PasswordChangeResult> ChangeAsync(Guid userId, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var credentials = await store.FindCredentialsAsync(userId, cancellationToken);
        if (credentials is null)
        {
            return PasswordChangeResult.AccountGone;
        }

        var violations = new List<FieldViolation>();
        if (!passwords.Verify(credentials.PasswordHash, currentPassword))
        {
            violations.Add(new FieldViolation("currentPassword", "The current password is incorrect."));
        }

        if (PasswordRules.Check(newPassword, credentials.Handle) is { } problem)
        {
            violations.Add(new FieldViolation("newPassword", problem));
        }

        if (violations.Count > 0)
        {
            return PasswordChangeResult.Invalid(violations);
        }

        var changed = new PasswordChanged { UserId = userId, ChangedAt = clock.GetUtcNow() };
        if (!await store.SetPasswordHashAsync(userId, passwords.Hash(newPassword), OutboxMessage.Create(changed, userId.ToString(), clock), cancellationToken))
        {
            return PasswordChangeResult.AccountGone;
        }

        await sessions.RevokeAsync(userId, changed.ChangedAt, cancellationToken);
        return PasswordChangeResult.Changed;
    }
}
