using Social.ServiceDefaults.Validation;

namespace Social.Profile.Domain.Accounts;

/// <summary>Outcome of a password change: changed, invalid fields (nothing changed), or no such account.</summary>
public sealed record PasswordChangeResult(bool AccountFound, IReadOnlyList<FieldViolation> Violations)
{
    public bool Succeeded => AccountFound && Violations.Count == 0;

    public static PasswordChangeResult Changed { get; } = new(true, []);

    public static PasswordChangeResult AccountGone { get; } = new(false, []);

    public static PasswordChangeResult Invalid(IReadOnlyList<FieldViolation> violations) => new(true, violations);
}
