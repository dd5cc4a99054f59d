using MongoDB.Driver;
using Social.Profile.Accounts;
using Social.ServiceDefaults.Messaging.Outbox;
using Social.ServiceDefaults.Storage.MongoDb;

namespace Social.Profile.Storage.MongoDb;

public sealed class MongoProfileStore(MongoDatabaseContext context) : IProfileStore
{
    private IMongoCollection<AccountDocument> Accounts => context.Database.GetCollection<AccountDocument>("accounts");

    private IMongoCollection<ProfileDocument> Profiles => context.Database.GetCollection<ProfileDocument>("profiles");

    private IMongoCollection<IdempotencyKeyDocument> IdempotencyKeys => context.Database.GetCollection<IdempotencyKeyDocument>("idempotency_keys");

    /// <summary>Unique handles are what makes a sign-up race end with one account.</summary>
    public static async Task CreateIndexesAsync(IMongoDatabase database, CancellationToken cancellationToken)
    {
        var unique = new CreateIndexOptions { Unique = true };
        await database.GetCollection<AccountDocument>("accounts").Indexes.CreateOneAsync(
            new CreateIndexModel<AccountDocument>(Builders<AccountDocument>.IndexKeys.Ascending(a => a.Handle), unique), cancellationToken: cancellationToken);
        await database.GetCollection<ProfileDocument>("profiles").Indexes.CreateOneAsync(
            new CreateIndexModel<ProfileDocument>(Builders<ProfileDocument>.IndexKeys.Ascending(p => p.Handle), unique), cancellationToken: cancellationToken);
    }

    public Task<bool> CreateAccountAsync(NewAccount account, OutboxMessage accountCreated, IdempotencyKeyRecord? idempotencyKey, CancellationToken cancellationToken) =>
        context.InTransactionAsync(
            async (session, ct) =>
            {
                var userId = account.UserId.ToString();
                await Accounts.InsertOneAsync(session, new AccountDocument
                {
                    Id = userId,
                    Handle = account.Handle,
                    PasswordHash = account.PasswordHash,
                    CreatedAt = account.CreatedAt.UtcDateTime,
                }, cancellationToken: ct);
                if (idempotencyKey is not null)
                {
                    await IdempotencyKeys.InsertOneAsync(session, new IdempotencyKeyDocument
                    {
                        Id = idempotencyKey.Key,
                        Fingerprint = idempotencyKey.Fingerprint,
                        UserId = userId,
                        Handle = idempotencyKey.Handle,
                        CreatedAt = idempotencyKey.CreatedAt.UtcDateTime,
                    }, cancellationToken: ct);
                }

                await Profiles.InsertOneAsync(session, new ProfileDocument { Id = userId, Handle = account.Handle, DisplayName = account.DisplayName }, cancellationToken: ct);
                return true;
            },
            [accountCreated],
            cancellationToken);

    public async Task<IdempotencyKeyRecord?> FindIdempotencyKeyAsync(string key, CancellationToken cancellationToken)
    {
        var document = await IdempotencyKeys.Find(k => k.Id == key).FirstOrDefaultAsync(cancellationToken);
        return document is null
            ? null
            : new IdempotencyKeyRecord(document.Id, document.Fingerprint, Guid.Parse(document.UserId), document.Handle, new DateTimeOffset(document.CreatedAt, TimeSpan.Zero));
    }

    public async Task<AccountCredentials?> FindCredentialsAsync(string handle, CancellationToken cancellationToken)
    {
        var document = await Accounts.Find(a => a.Handle == handle).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : new AccountCredentials(Guid.Parse(document.Id), document.Handle, document.PasswordHash);
    }

    public async Task<ProfileRecord?> FindByIdAsync(Guid userId, CancellationToken cancellationToken) =>
        ToRecord(await Profiles.Find(p => p.Id == userId.ToString()).FirstOrDefaultAsync(cancellationToken));

    public async Task<ProfileRecord?> FindByHandleAsync(string handle, CancellationToken cancellationToken) =>
        ToRecord(await Profiles.Find(p => p.Handle == handle).FirstOrDefaultAsync(cancellationToken));

    private static ProfileRecord? ToRecord(ProfileDocument? document) =>
        document is null
            ? null
            : new ProfileRecord(
                Guid.Parse(document.Id), document.Handle, document.DisplayName, document.Bio, document.AvatarUrl, document.Links,
                document.Pronouns, document.IsPrivate, document.FollowersCount, document.FollowingCount, document.LikesCount);
}
