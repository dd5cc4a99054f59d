namespace Social.Storage;

/// <summary>The idempotency keys' read, outside any transaction; a service's store port extends it.</summary>
public interface IIdempotencyKeyStore
{
    Task<StoredIdempotencyKey?> FindIdempotencyKeyAsync(Guid ownerId, string key, CancellationToken cancellationToken);
}
