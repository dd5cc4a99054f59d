using Microsoft.Extensions.Time.Testing;
using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.EventBus.Outbox;
using Social.Graph.Storage.Sqlite;
using Social.KnownUsers;
using Social.Profile.Domain.Accounts;
using Social.Profile.Domain.Profiles;
using Social.Profile.Storage.Sqlite;
using Social.Storage.Sqlite;
using Social.Testing;

namespace Social.FunctionalTests.Storage;

/// <summary>
/// Databases written before the counts had shards: Graph's one counter per user and Profile's stored totals both become
/// shard 0 at their version, so the two sides go on from the same versions and events still in queues fit in.
/// </summary>
public sealed class FollowCountShardsMigrationTests : IDisposable
{
    private const string At = "2030-01-01T11:00:00.0000000+00:00";
    private readonly SqliteStores _stores = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Graphs_counter_of_each_user_becomes_shard_zero_and_later_changes_go_to_the_other_partys_shard()
    {
        var (star, fan, newcomer) = (IdInShard(1, 0), IdInShard(2, 1), IdInShard(3, 2));
        var before = await _stores.CreateDatabaseAsync("graph", GraphSchema.Migrations.Where(m => m is not { Scope: "graph", Version: 6 }));
        await SqliteProbe.ExecuteAsync(
            before.FilePath,
            """
            INSERT INTO users (user_id, handle, created_at) VALUES ($star, 'star', $at), ($fan, 'fan', $at);
            INSERT INTO follows (follower_id, followee_id, edge_id, created_at) VALUES ($fan, $star, $edge, $at);
            INSERT INTO follow_counts (user_id, followers, following, version) VALUES ($star, 1, 0, 4), ($fan, 0, 1, 2);
            """,
            ("$star", star.ToString()), ("$fan", fan.ToString()), ("$edge", Guid.CreateVersion7().ToString()), ("$at", At));

        var database = await _stores.CreateDatabaseAsync("graph", GraphSchema.Migrations);
        var graph = new GraphUnderTest(new SqliteGraphStore(database, _clock), _clock);
        Assert.Equal((1L, 0L), await GraphCountsAsync(graph, star));

        await graph.AddUserAsync(new KnownUser(newcomer, "newcomer", _clock.GetUtcNow()), new MessageReceipt("graph.test", Guid.CreateVersion7()), Cancellation);
        await graph.FollowAsync(newcomer, star, Cancellation);
        await graph.UnfollowAsync(fan, star, Cancellation);

        // The star: the former 1 in shard 0, the newcomer's +1 in shard 2, the fan's -1 in shard 1.
        Assert.Equal((1L, 0L), await GraphCountsAsync(graph, star));
        Assert.Equal((0L, 0L), await GraphCountsAsync(graph, fan));
        Assert.Empty((await graph.ReconcileCountersAsync(repair: false, Cancellation)).Drift);
        // The star's shard 0 still holds the former total at its version: a later change of it goes on at version 5.
        Assert.Equal(
            4,
            await SqliteProbe.CountAsync(database.FilePath, "SELECT version FROM follow_counts WHERE user_id = $id AND shard = 0 AND followers = 1", ("$id", star.ToString())));
        // The fan's following was in shard 0 at version 2 (the star's shard): the unfollow goes on at version 3.
        Assert.Equal(
            3,
            await SqliteProbe.CountAsync(database.FilePath, "SELECT version FROM follow_counts WHERE user_id = $id AND shard = 0 AND following = 0", ("$id", fan.ToString())));
    }

    [Fact]
    public async Task Profiles_stored_totals_become_shard_zero_so_late_and_new_events_fit_in()
    {
        var before = await _stores.CreateDatabaseAsync("profile", ProfileSchema.Migrations.Where(m => m is not { Scope: "profile", Version: 9 }));
        var (ana, bob) = (await CreateAccountAsync(before, "ana"), await CreateAccountAsync(before, "bob"));
        await SqliteProbe.ExecuteAsync(
            before.FilePath,
            "UPDATE profiles SET followers_count = 10, following_count = 3, follow_counts_version = 5 WHERE user_id = $id",
            ("$id", ana.ToString()));

        var store = new SqliteProfileStore(await _stores.CreateDatabaseAsync("profile", ProfileSchema.Migrations), TimeProvider.System);
        var sync = new FollowCountsSync(store);
        Assert.Equal((10L, 3L), await ProfileCountsAsync(store, ana));

        await sync.ApplyAsync(new FollowCountsChanged { UserId = ana, Followers = 50, Following = 50, Version = 4 }, Receipt(), Cancellation);
        await sync.ApplyAsync(Shard(ana, 4, 1, 0, version: 1), Receipt(), Cancellation);
        Assert.Equal((11L, 3L), await ProfileCountsAsync(store, ana));

        await sync.ApplyAsync(Shard(ana, 0, 9, 3, version: 6), Receipt(), Cancellation);
        await sync.ApplyAsync(Shard(bob, 2, 0, 1, version: 1), Receipt(), Cancellation);
        Assert.Equal((10L, 3L), await ProfileCountsAsync(store, ana));
        Assert.Equal((0L, 1L), await ProfileCountsAsync(store, bob));
    }

    public void Dispose() => _stores.Dispose();

    /// <summary>An id whose shard is <paramref name="shard"/> (its last byte), told apart by <paramref name="tag"/>.</summary>
    private static Guid IdInShard(int tag, int shard) => Guid.Parse($"00000000-0000-7000-8000-{tag:x10}{shard:x2}");

    private static MessageReceipt Receipt() => new("profile.follow-counts-shard-changed", Guid.CreateVersion7());

    private static FollowCountsShardChanged Shard(Guid userId, int shard, long followers, long following, long version) =>
        new() { UserId = userId, Shard = shard, Followers = followers, Following = following, Version = version, At = DateTimeOffset.UtcNow };

    private static async Task<(long Followers, long Following)> GraphCountsAsync(GraphUnderTest graph, Guid user) =>
        await graph.GetCountsAsync(user, Cancellation) is { } counts ? (counts.Followers, counts.Following) : (-1, -1);

    private static async Task<(long Followers, long Following)> ProfileCountsAsync(SqliteProfileStore store, Guid user) =>
        await store.FindByIdAsync(user, Cancellation) is { } profile ? (profile.FollowersCount, profile.FollowingCount) : (-1, -1);

    private static async Task<Guid> CreateAccountAsync(SqliteDatabase database, string handle)
    {
        var account = new NewAccount(Guid.CreateVersion7(), handle, handle, "hash", DateTimeOffset.UtcNow);
        var created = OutboxMessage.Create(new AccountCreated { UserId = account.UserId, Handle = handle, CreatedAt = account.CreatedAt }, handle, TimeProvider.System);
        Assert.True(await new SqliteProfileStore(database, TimeProvider.System).CreateAccountAsync(account, created, null, Cancellation));
        return account.UserId;
    }
}
