using MongoDB.Driver;
using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Profile.Domain.Profiles;
using Social.Profile.Storage;
using Social.Profile.Storage.MongoDb;
using Social.EventBus.Outbox;
using Social.Storage.MongoDb;

namespace Social.FunctionalTests.Storage;

public sealed class MongoProfileStoreTests : ProfileStoreConformance
{
    private readonly MongoStores _stores = new();
    private MongoDatabaseContext _context = null!;

    /// <summary>
    /// A profile document written before the follow counts had shards holds totals and their version: they are shard 0,
    /// which later shard events replace or add to (as SQLite's migration makes them).
    /// </summary>
    [Fact]
    public async Task A_profile_written_before_the_shards_keeps_its_totals_as_shard_zero()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var userId = Guid.CreateVersion7();
        var account = new Social.Profile.Domain.Accounts.NewAccount(userId, "ana", "Ana", "hash", DateTimeOffset.UtcNow);
        await Store.CreateAccountAsync(
            account, OutboxMessage.Create(new AccountCreated { UserId = userId, Handle = "ana", CreatedAt = account.CreatedAt }, "ana", TimeProvider.System), null, cancellation);
        await _context.Database.GetCollection<ProfileDocument>("profiles").UpdateOneAsync(
            p => p.Id == userId.ToString(),
            Builders<ProfileDocument>.Update.Set(p => p.FollowersCount, 10).Set(p => p.FollowingCount, 3).Set(p => p.FollowCountsVersion, 5).Unset(p => p.FollowCounts),
            cancellationToken: cancellation);
        var sync = new FollowCountsSync(Store);

        await sync.ApplyAsync(new FollowCountsChanged { UserId = userId, Followers = 50, Following = 50, Version = 4 }, Receipt(), cancellation);
        await sync.ApplyAsync(Shard(userId, 4, 1, 0, version: 1), Receipt(), cancellation);
        Assert.Equal((11L, 3L), await CountsAsync(userId));

        await sync.ApplyAsync(Shard(userId, 0, 9, 3, version: 6), Receipt(), cancellation);
        Assert.Equal((10L, 3L), await CountsAsync(userId));
    }

    protected override void ReleaseStores() => _stores.Dispose();

    protected override async Task<(IProfileStore Store, IOutboxStore Outbox)> CreateStoresAsync()
    {
        _context = await _stores.CreateContextAsync(MongoProfileStore.CreateIndexesAsync);
        return (new MongoProfileStore(_context), new MongoOutboxStore(_context));
    }

    private static MessageReceipt Receipt() => new("profile.follow-counts-shard-changed", Guid.CreateVersion7());

    private static FollowCountsShardChanged Shard(Guid userId, int shard, long followers, long following, long version) =>
        new() { UserId = userId, Shard = shard, Followers = followers, Following = following, Version = version, At = DateTimeOffset.UtcNow };

    private async Task<(long Followers, long Following)> CountsAsync(Guid userId) =>
        await Store.FindByIdAsync(userId, TestContext.Current.CancellationToken) is { } profile ? (profile.FollowersCount, profile.FollowingCount) : (-1, -1);
}
