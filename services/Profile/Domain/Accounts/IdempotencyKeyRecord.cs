namespace Social.Profile.Domain.Accounts;

/// <summary>
/// A client's <c>Idempotency-Key</c> for a sign-up, stored with the account it created: a retry with the same key
/// and the same request gets the first result; <paramref name="Fingerprint"/> detects a key reused for another request.
/// </summary>
public sealed record IdempotencyKeyRecord(string Key, string Fingerprint, Guid UserId, string Handle, DateTimeOffset CreatedAt);
