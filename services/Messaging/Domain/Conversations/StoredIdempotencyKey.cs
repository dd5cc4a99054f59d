namespace Social.Messaging.Domain.Conversations;

/// <summary>A creating request's <c>Idempotency-Key</c>, per owner, with the fingerprint of its request and what it created.</summary>
public sealed record StoredIdempotencyKey(Guid OwnerId, string Key, string Fingerprint, Guid ResultId, DateTimeOffset CreatedAt);
