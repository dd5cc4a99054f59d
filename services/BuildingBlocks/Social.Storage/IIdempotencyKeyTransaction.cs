namespace Social.Storage;

/// <summary>The idempotency keys' writes, in the transaction of what the key created; a service's transaction port extends it.</summary>
public interface IIdempotencyKeyTransaction
{
    /// <summary>Stores the key unless the owner already has it; answers whether it was stored (false: a concurrent twin won).</summary>
    Task<bool> InsertIdempotencyKeyAsync(StoredIdempotencyKey key, CancellationToken cancellationToken);

    /// <summary>Forgets a deleted user's keys.</summary>
    Task DeleteIdempotencyKeysOfAsync(Guid ownerId, CancellationToken cancellationToken);
}
