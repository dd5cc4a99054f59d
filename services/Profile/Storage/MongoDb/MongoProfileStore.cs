using MongoDB.Driver;
using Social.EventBus.Outbox;
using Social.Profile.Domain.Accounts;
using Social.Profile.Domain.Profiles;
using Social.Storage.MongoDb;

namespace Social.Profile.Storage.MongoDb;

/// <summary>The MongoDB adapter of <see cref="IProfileStore"/>: accounts and profiles here; event-fed counters beside.</summary>
public sealed partial class MongoProfileStore(MongoDatabaseContext context) : IProfileStore
{
    private IMongoCollection<AccountDocument> Accounts => context.Database.GetCollection<AccountDocument>("accounts");

    private IMongoCollection<ProfileDocument> Profiles => context.Database.GetCollection<ProfileDocument>("profiles");

    private IMongoCollection<QuarantinedHandleDocument> Quarantine => context.Database.GetCollection<QuarantinedHandleDocument>("handle_quarantine");

    private IMongoCollection<IdempotencyKeyDocument> IdempotencyKeys => context.Database.GetCollection<IdempotencyKeyDocument>("idempotency_keys");

    /// <summary>Unique handles are what makes a sign-up race end with one account.</summary>
    public static async Task CreateIndexesAsync(IMongoDatabase database, CancellationToken cancellationToken)
    {
        var unique = new CreateIndexOptions { Unique = true };
        await database.GetCollection<AccountDocument>("accounts").Indexes.CreateOneAsync(
            new CreateIndexModel<AccountDocument>(Builders<AccountDocument>.IndexKeys.Ascending(a => a.Handle), unique), cancellationToken: cancellationToken);
        await database.GetCollection<ProfileDocument>("profiles").Indexes.CreateOneAsync(
            new CreateIndexModel<ProfileDocument>(Builders<ProfileDocument>.IndexKeys.Ascending(p => p.Handle), unique), cancellationToken: cancellationToken);
        await database.GetCollection<ProfileDocument>("profiles").Indexes.CreateOneAsync(
            new CreateIndexModel<ProfileDocument>(Builders<ProfileDocument>.IndexKeys.Ascending(p => p.DisplayNameLower)), cancellationToken: cancellationToken);
    }

    public Task<bool> CreateAccountAsync(NewAccount account, OutboxMessage accountCreated, IdempotencyKeyRecord? idempotencyKey, CancellationToken cancellationToken) =>
        context.InTransactionAsync(
            async (session, ct) =>
            {
                var userId = account.UserId.ToString();
                await Quarantine.DeleteOneAsync(session, q => q.Id == account.Handle && q.ReleasedAt <= account.CreatedAt.UtcDateTime, cancellationToken: ct);
                if (await Quarantine.Find(session, q => q.Id == account.Handle).AnyAsync(ct))
                {
                    return null;
                }

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

                await Profiles.InsertOneAsync(session, new ProfileDocument { Id = userId, Handle = account.Handle, DisplayName = account.DisplayName, DisplayNameLower = account.DisplayName.ToLowerInvariant() }, cancellationToken: ct);
                return [accountCreated];
            },
            cancellationToken);

    public Task<bool> DeleteAccountAsync(Guid userId, DateTimeOffset handleReleasedAt, OutboxMessage accountDeleted, CancellationToken cancellationToken) =>
        context.InTransactionAsync(
            async (session, ct) =>
            {
                var id = userId.ToString();
                var account = await Accounts.FindOneAndDeleteAsync(session, a => a.Id == id, cancellationToken: ct);
                if (account is null)
                {
                    return null;
                }

                await Profiles.DeleteOneAsync(session, p => p.Id == id, cancellationToken: ct);
                await IdempotencyKeys.DeleteManyAsync(session, k => k.UserId == id, cancellationToken: ct);
                await Quarantine.ReplaceOneAsync(
                    session,
                    q => q.Id == account.Handle,
                    new QuarantinedHandleDocument { Id = account.Handle, ReleasedAt = handleReleasedAt.UtcDateTime },
                    new ReplaceOptions { IsUpsert = true },
                    ct);
                return [accountDeleted];
            },
            cancellationToken);

    public async Task<IdempotencyKeyRecord?> FindIdempotencyKeyAsync(string key, CancellationToken cancellationToken)
    {
        var document = await IdempotencyKeys.Find(k => k.Id == key).FirstOrDefaultAsync(cancellationToken);
        return document is null
            ? null
            : new IdempotencyKeyRecord(document.Id, document.Fingerprint, Guid.Parse(document.UserId), document.Handle, new DateTimeOffset(document.CreatedAt, TimeSpan.Zero));
    }

    public async Task<ProfileRecord?> UpdateProfileAsync(Guid userId, Func<ProfileRecord, ProfileUpdate> change, CancellationToken cancellationToken)
    {
        ProfileRecord? stored = null;
        await context.InTransactionAsync(
            async (session, ct) =>
            {
                var current = ToRecord(await Profiles.Find(session, p => p.Id == userId.ToString()).FirstOrDefaultAsync(ct));
                if (current is null)
                {
                    return null;
                }

                var (updated, raised) = change(current);
                await Profiles.UpdateOneAsync(
                    session,
                    p => p.Id == userId.ToString(),
                    Builders<ProfileDocument>.Update
                        .Set(p => p.DisplayName, updated.DisplayName)
                        .Set(p => p.DisplayNameLower, updated.DisplayName.ToLowerInvariant())
                        .Set(p => p.Bio, updated.Bio)
                        .Set(p => p.AvatarUrl, updated.AvatarUrl)
                        .Set(p => p.Links, updated.Links.ToList())
                        .Set(p => p.Pronouns, updated.Pronouns)
                        .Set(p => p.IsPrivate, updated.IsPrivate)
                        .Set(p => p.WhoCanMessage, updated.Settings.WhoCanMessage)
                        .Set(p => p.WhoCanComment, updated.Settings.WhoCanComment)
                        .Set(p => p.WhoCanMention, updated.Settings.WhoCanMention)
                        .Set(p => p.WhoCanTag, updated.Settings.WhoCanTag)
                        .Set(p => p.ReadReceipts, updated.Settings.ReadReceipts),
                    cancellationToken: ct);
                stored = updated;
                return raised is null ? [] : [raised];
            },
            cancellationToken);
        return stored;
    }

    public async Task<AccountCredentials?> FindCredentialsAsync(string handle, CancellationToken cancellationToken) =>
        ToCredentials(await Accounts.Find(a => a.Handle == handle).FirstOrDefaultAsync(cancellationToken));

    public async Task<AccountCredentials?> FindCredentialsAsync(Guid userId, CancellationToken cancellationToken) =>
        ToCredentials(await Accounts.Find(a => a.Id == userId.ToString()).FirstOrDefaultAsync(cancellationToken));

    public Task<bool> SetPasswordHashAsync(Guid userId, string passwordHash, OutboxMessage passwordChanged, CancellationToken cancellationToken) =>
        context.InTransactionAsync(
            async (session, ct) =>
            {
                var result = await Accounts.UpdateOneAsync(
                    session, a => a.Id == userId.ToString(), Builders<AccountDocument>.Update.Set(a => a.PasswordHash, passwordHash), cancellationToken: ct);
                return result.MatchedCount == 1 ? [passwordChanged] : null;
            },
            cancellationToken);

    private static AccountCredentials? ToCredentials(AccountDocument? document) =>
        document is null ? null : new AccountCredentials(Guid.Parse(document.Id), document.Handle, document.PasswordHash);

    public async Task<IReadOnlyList<ProfileRecord>> FindByIdsAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Select(id => id.ToString()).ToList();
        var documents = await Profiles.Find(Builders<ProfileDocument>.Filter.In(p => p.Id, ids)).ToListAsync(cancellationToken);
        return [.. documents.Select(d => ToRecord(d)!)];
    }

    public async Task<IReadOnlyList<ProfileRecord>> SearchAsync(string prefix, string? afterHandle, int limit, CancellationToken cancellationToken)
    {
        var filter = Builders<ProfileDocument>.Filter;
        var upper = prefix + "\uffff";
        var matches = filter.Or(
            filter.Gte(p => p.Handle, prefix) & filter.Lt(p => p.Handle, upper),
            filter.Gte(p => p.DisplayNameLower, prefix) & filter.Lt(p => p.DisplayNameLower, upper));
        var documents = await Profiles
            .Find(matches & filter.Gt(p => p.Handle, afterHandle ?? string.Empty))
            .Sort(Builders<ProfileDocument>.Sort.Ascending(p => p.Handle))
            .Limit(limit)
            .ToListAsync(cancellationToken);
        return [.. documents.Select(d => ToRecord(d)!)];
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
                document.Pronouns, document.IsPrivate, document.FollowersCount, document.FollowingCount, document.LikesCount,
                new ProfileSettings(document.WhoCanMessage, document.WhoCanComment, document.WhoCanMention, document.ReadReceipts, document.WhoCanTag));
}
