using Social.ServiceDefaults.Ids;
using Social.Contracts.Events;
using Social.EventBus.Outbox;
using Social.Profile.Storage;
using Social.ServiceDefaults.Validation;

namespace Social.Profile.Domain.Accounts;

/// <summary>
/// Sign-up: validates every field (all violations at once), hashes the password, then stores the account, its
/// profile and <see cref="AccountCreated"/> in one transaction. Invalid input writes nothing. With an idempotency
/// key, a retry of the same sign-up returns the first result instead of a conflict.
/// </summary>
public sealed class AccountRegistration(IProfileStore store, PasswordHashing passwordHashing, TimeProvider timeProvider)
{
    public async Task<SignUpResult> SignUpAsync(SignUpRequest request, CancellationToken cancellationToken)
    {
        var handle = HandleRules.Normalize(request.Handle);
        var displayName = DisplayNameRules.Normalize(request.DisplayName);
        var violations = Validate(request, handle, displayName);
        if (violations.Count > 0)
        {
            return SignUpResult.Invalid(violations);
        }

        var fingerprint = IdempotencyKeys.Fingerprint(handle, displayName);
        if (await ReplayAsync(request.IdempotencyKey, fingerprint, cancellationToken) is { } replayed)
        {
            return replayed;
        }

        var now = timeProvider.GetUtcNow();
        var account = new NewAccount(OrderedIds.CreateVersion7(now), handle, displayName, passwordHashing.Hash(request.Password!), now);
        var created = new AccountCreated { UserId = account.UserId, Handle = account.Handle, CreatedAt = now };
        var key = request.IdempotencyKey is { } value ? new IdempotencyKeyRecord(value, fingerprint, account.UserId, handle, now) : null;
        var stored = await store.CreateAccountAsync(
            account,
            OutboxMessage.Create(created, account.UserId.ToString(), timeProvider),
            key,
            cancellationToken);
        if (stored)
        {
            return SignUpResult.Created(account.UserId, account.Handle);
        }

        // A concurrent retry with the same key may have won the race: it answers for both.
        return await ReplayAsync(request.IdempotencyKey, fingerprint, cancellationToken)
            ?? SignUpResult.Failed(SignUpConflict.HandleTaken);
    }

    private async Task<SignUpResult?> ReplayAsync(string? idempotencyKey, string fingerprint, CancellationToken cancellationToken)
    {
        if (idempotencyKey is null || await store.FindIdempotencyKeyAsync(idempotencyKey, cancellationToken) is not { } first)
        {
            return null;
        }

        return IdempotencyKeys.Replay(first.Fingerprint, fingerprint) == IdempotentReplay.SameRequest
            ? SignUpResult.Created(first.UserId, first.Handle)
            : SignUpResult.Failed(SignUpConflict.IdempotencyKeyReused);
    }

    private static List<FieldViolation> Validate(SignUpRequest request, string handle, string displayName)
    {
        var violations = new List<FieldViolation>();
        Add(violations, "handle", HandleRules.Check(handle));
        Add(violations, "password", PasswordRules.Check(request.Password, handle));
        Add(violations, "displayName", DisplayNameRules.Check(displayName));
        if (request.IdempotencyKey is { } key)
        {
            Add(violations, IdempotencyKeys.Field, IdempotencyKeys.Check(key));
        }

        return violations;
    }

    private static void Add(List<FieldViolation> violations, string field, string? problem)
    {
        if (problem is not null)
        {
            violations.Add(new FieldViolation(field, problem));
        }
    }
}
