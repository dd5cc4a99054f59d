using Social.ServiceDefaults.Grpc;

namespace Social.Profile.Accounts;

/// <summary>Outcome of a sign-up: the new account, the fields that were invalid, or a taken handle.</summary>
public sealed record SignUpResult(NewAccount? Account, IReadOnlyList<FieldViolation> Violations, bool HandleTaken)
{
    public static SignUpResult Created(NewAccount account) => new(account, [], false);

    public static SignUpResult Invalid(IReadOnlyList<FieldViolation> violations) => new(null, violations, false);

    public static SignUpResult Taken { get; } = new(null, [], true);
}
