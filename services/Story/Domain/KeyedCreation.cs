using Social.ServiceDefaults.Validation;
using Social.Storage;
using Social.Story.Storage;

namespace Social.Story.Domain;

/// <summary>
/// The <c>Idempotency-Key</c> part of a creating request: the key's shape, and the replay of a retry (the first
/// result, or a refusal when the key came with another request).
/// </summary>
public static class KeyedCreation
{
    public static FieldViolation? Check(string? key) =>
        key is not null && IdempotencyKeys.Check(key) is { } problem ? new FieldViolation(IdempotencyKeys.Field, problem) : null;

    /// <summary>Null on the key's first use; otherwise what the retry answers, <paramref name="find"/> reading the first result.</summary>
    public static async Task<CreateResult<T>?> ReplayAsync<T>(
        IStoryStore store, Guid ownerId, string key, string fingerprint, Func<Guid, Task<T?>> find, CancellationToken cancellationToken)
        where T : class
    {
        var first = await store.FindIdempotencyKeyAsync(ownerId, key, cancellationToken);
        switch (IdempotencyKeys.Replay(first?.Fingerprint, fingerprint))
        {
            case IdempotentReplay.FirstTime:
                return null;
            case IdempotentReplay.KeyReused:
                return CreateResults.Failed<T>(CreateConflict.IdempotencyKeyReused);
            default:
                return await find(first!.ResultId) is { } value ? CreateResults.Done<T>(value, created: false) : CreateResults.Failed<T>(CreateConflict.FirstResultGone);
        }
    }

    /// <summary>Records the key in the creating transaction; false when a concurrent retry with it got there first.</summary>
    public static async Task<bool> RecordAsync(IStoryTransaction transaction, Guid ownerId, string? key, string fingerprint, Guid resultId, CancellationToken cancellationToken) =>
        key is null || await transaction.InsertIdempotencyKeyAsync(new StoredIdempotencyKey(ownerId, key, fingerprint, resultId, transaction.At), cancellationToken);
}
