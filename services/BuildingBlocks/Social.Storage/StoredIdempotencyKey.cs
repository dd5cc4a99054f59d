namespace Social.Storage;

/// <summary>
/// A caller's <c>Idempotency-Key</c> for a creating request, kept per caller with the id of what it created:
/// a retry with the same key and request answers that; <paramref name="Fingerprint"/> tells another request apart.
/// </summary>
public sealed record StoredIdempotencyKey(Guid OwnerId, string Key, string Fingerprint, Guid ResultId, DateTimeOffset CreatedAt);
