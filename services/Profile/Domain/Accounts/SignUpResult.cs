using Social.ServiceDefaults.Validation;

namespace Social.Profile.Domain.Accounts;

/// <summary>Outcome of a sign-up: the account (new, or replayed for a retried idempotency key), invalid fields, or a conflict.</summary>
public sealed record SignUpResult(Guid UserId, string Handle, IReadOnlyList<FieldViolation> Violations, SignUpConflict Conflict)
{
    public bool Succeeded => Violations.Count == 0 && Conflict == SignUpConflict.None;

    public static SignUpResult Created(Guid userId, string handle) => new(userId, handle, [], SignUpConflict.None);

    public static SignUpResult Invalid(IReadOnlyList<FieldViolation> violations) => new(Guid.Empty, string.Empty, violations, SignUpConflict.None);

    public static SignUpResult Failed(SignUpConflict conflict) => new(Guid.Empty, string.Empty, [], conflict);
}
