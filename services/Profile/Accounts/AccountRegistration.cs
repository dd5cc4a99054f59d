using Microsoft.AspNetCore.Identity;
using Social.Contracts.Events;
using Social.Profile.Storage;
using Social.ServiceDefaults.Grpc;
using Social.ServiceDefaults.Messaging.Outbox;

namespace Social.Profile.Accounts;

/// <summary>
/// Sign-up: validates every field (all violations at once), hashes the password, then stores the account, its
/// profile and <see cref="AccountCreated"/> in one transaction. Invalid input writes nothing.
/// </summary>
public sealed class AccountRegistration(IProfileStore store, IPasswordHasher<NewAccount> passwordHasher, TimeProvider timeProvider)
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

        var now = timeProvider.GetUtcNow();
        var unhashed = new NewAccount(Guid.CreateVersion7(now), handle, displayName, string.Empty, now);
        var account = unhashed with { PasswordHash = passwordHasher.HashPassword(unhashed, request.Password!) };
        var created = new AccountCreated { UserId = account.UserId, Handle = account.Handle, CreatedAt = now };
        var stored = await store.CreateAccountAsync(
            account,
            OutboxMessage.Create(created, account.UserId.ToString(), timeProvider),
            cancellationToken);
        return stored ? SignUpResult.Created(account) : SignUpResult.Taken;
    }

    private static List<FieldViolation> Validate(SignUpRequest request, string handle, string displayName)
    {
        var violations = new List<FieldViolation>();
        Add(violations, "handle", HandleRules.Check(handle));
        Add(violations, "password", PasswordRules.Check(request.Password, handle));
        Add(violations, "displayName", DisplayNameRules.Check(displayName));
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
