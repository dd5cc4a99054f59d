using Social.EventBus.Inbox;
using Social.EventBus.Outbox;
using Social.Profile.Domain.Accounts;
using Social.Profile.Domain.Profiles;

namespace Social.Profile.Storage;

/// <summary>
/// Profile's storage port. Every state change takes the events it raises and commits them in the same
/// transaction (the outbox). Adapters: SQLite (default), MongoDB. They read and write; where a write depends on what
/// is stored, they read it in the transaction and hand it to the domain's function, which decides
/// (<see cref="UpdateProfileAsync"/>, <see cref="ApplyFollowCountsAsync"/>), so the two databases cannot disagree.
/// </summary>
public interface IProfileStore
{
    /// <summary>
    /// Stores the account, its profile, <paramref name="accountCreated"/> and the client's idempotency key atomically.
    /// False (and nothing written): the handle (case-insensitive) or the key is already taken, or the handle is still
    /// quarantined after a deletion (at <see cref="NewAccount.CreatedAt"/>).
    /// </summary>
    Task<bool> CreateAccountAsync(NewAccount account, OutboxMessage accountCreated, IdempotencyKeyRecord? idempotencyKey, CancellationToken cancellationToken);

    /// <summary>The sign-up recorded under a client's idempotency key, or null.</summary>
    Task<IdempotencyKeyRecord?> FindIdempotencyKeyAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Reads the profile, applies <paramref name="change"/> and stores the result with its event, in one transaction
    /// (concurrent updates of one profile serialise). Returns the stored profile, or null if there is none.
    /// </summary>
    Task<ProfileRecord?> UpdateProfileAsync(Guid userId, Func<ProfileRecord, ProfileUpdate> change, CancellationToken cancellationToken);

    /// <summary>Replaces the account's password hash; false if the account does not exist.</summary>
    Task<bool> SetPasswordHashAsync(Guid userId, string passwordHash, OutboxMessage passwordChanged, CancellationToken cancellationToken);

    /// <summary>The sign-in credentials of the account with this user id, or null.</summary>
    Task<AccountCredentials?> FindCredentialsAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// Removes the account and its profile, reserves its handle until <paramref name="handleReleasedAt"/> and stores
    /// <paramref name="accountDeleted"/>, atomically. False when there is no such account.
    /// </summary>
    Task<bool> DeleteAccountAsync(Guid userId, DateTimeOffset handleReleasedAt, OutboxMessage accountDeleted, CancellationToken cancellationToken);

    /// <summary>The sign-in credentials of the account with this normalized handle, or null.</summary>
    Task<AccountCredentials?> FindCredentialsAsync(string handle, CancellationToken cancellationToken);

    /// <summary>The profile of this user, or null.</summary>
    Task<ProfileRecord?> FindByIdAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The profiles of these users that exist, in no particular order.</summary>
    Task<IReadOnlyList<ProfileRecord>> FindByIdsAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken);

    /// <summary>
    /// Profiles whose handle or lower-cased display name starts with <paramref name="prefix"/> (lower case), in handle
    /// order, after <paramref name="afterHandle"/> when given; at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<ProfileRecord>> SearchAsync(string prefix, string? afterHandle, int limit, CancellationToken cancellationToken);

    /// <summary>The profile with this normalized handle, or null.</summary>
    Task<ProfileRecord?> FindByHandleAsync(string handle, CancellationToken cancellationToken);

    /// <summary>
    /// Reads one shard of the profile's follow counts (null: none yet), applies <paramref name="change"/>, stores the
    /// shard it returns (null: none) with the follower and following counts the shards now sum to, and records
    /// <paramref name="receipt"/>, in one transaction (concurrent changes of one profile serialise). A user without a
    /// profile (deleted) changes nothing. False only when the receipt was already recorded (a redelivery).
    /// </summary>
    Task<bool> ApplyFollowCountsAsync(
        Guid userId, MessageReceipt receipt, int shard, Func<FollowCountsShard?, FollowCountsShard?> change, CancellationToken cancellationToken);

    /// <summary>
    /// Reads one shard of the profile's likes received (null: none yet), applies <paramref name="change"/>, stores the
    /// shard it returns (null: none) with the likes count the shards now sum to, and records <paramref name="receipt"/>,
    /// in one transaction. A user without a profile (deleted) changes nothing. False only when the receipt was already
    /// recorded (a redelivery).
    /// </summary>
    Task<bool> ApplyLikesReceivedAsync(
        Guid userId, MessageReceipt receipt, int shard, Func<LikesReceivedShard?, LikesReceivedShard?> change, CancellationToken cancellationToken);
}
