namespace Social.Profile.Domain.Accounts;

public enum SignUpConflict
{
    None,

    /// <summary>Another account has this handle (case-insensitive).</summary>
    HandleTaken,

    /// <summary>The idempotency key was already used for a different sign-up.</summary>
    IdempotencyKeyReused,
}
