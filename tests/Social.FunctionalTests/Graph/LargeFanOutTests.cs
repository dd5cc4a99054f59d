using Microsoft.Extensions.Time.Testing;
using Social.EventBus.Inbox;
using Social.FunctionalTests.Storage;
using Social.Graph.Domain.Users;
using Social.Graph.Storage.Sqlite;
using Social.KnownUsers;
using Social.Storage.Sqlite;
using Social.Testing;

namespace Social.FunctionalTests.Graph;

/// <summary>
/// A celebrity with 100,000 followers deletes their account: the fan-out runs in bounded batches (each one short
/// transaction with its own events), picks up where the last left off, and ends with every count right.
/// </summary>
public sealed class LargeFanOutTests : IDisposable
{
    private const int Followers = 100_000;
    private const int BatchSize = 500;
    private readonly SqliteStores _stores = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Deleting_an_account_with_100000_followers_runs_in_bounded_batches_and_fixes_every_count()
    {
        var database = await _stores.CreateDatabaseAsync("graph", GraphSchema.Migrations);
        var graph = new GraphUnderTest(new SqliteGraphStore(database, _clock), _clock, BatchSize);
        var celebrity = Guid.CreateVersion7();
        await graph.AddUserAsync(new KnownUser(celebrity, "celebrity", _clock.GetUtcNow()), Receipt(), Cancellation);
        await SeedFollowersAsync(database.FilePath, celebrity);
        Assert.Equal((Followers, 0L), await CountsAsync(graph, celebrity));

        await graph.RemoveUserAsync(celebrity, Receipt(), Cancellation, carryOut: false);
        var batches = 0;
        while (await graph.FanOut.RunBatchAsync(Cancellation))
        {
            batches++;
        }

        // One batch per 500 followers, and a last one that finds nothing left and drops the counts.
        Assert.Equal((Followers / BatchSize) + 1, batches);
        Assert.Equal(0, await SqliteProbe.CountAsync(database.FilePath, "SELECT COUNT(*) FROM follows"));
        Assert.Equal(0, await SqliteProbe.CountAsync(database.FilePath, "SELECT COUNT(*) FROM follow_counts WHERE following <> 0 OR followers <> 0"));
        Assert.Equal(0, await SqliteProbe.CountAsync(database.FilePath, "SELECT COUNT(*) FROM follow_counts WHERE user_id = $id", ("$id", celebrity.ToString())));
        Assert.Equal(
            Followers,
            await SqliteProbe.CountAsync(database.FilePath, "SELECT COUNT(*) FROM outbox WHERE message_type LIKE '%FollowCountsShardChanged'"));
        Assert.Equal(0, await SqliteProbe.CountAsync(database.FilePath, "SELECT COUNT(*) FROM fan_outs"));
    }

    public void Dispose() => _stores.Dispose();

    private static MessageReceipt Receipt() => new("graph.test", Guid.CreateVersion7());

    private static async Task<(long Followers, long Following)> CountsAsync(GraphUnderTest graph, Guid user) =>
        await graph.GetCountsAsync(user, Cancellation) is { } counts ? (counts.Followers, counts.Following) : (-1, -1);

    /// <summary>
    /// The followers, their edges and their counts, written in bulk (following them one by one would take minutes), in
    /// the shards a follow would have used: each follower's following in the celebrity's shard, the celebrity's
    /// followers spread over the followers' shards (here all in one: only their sum is read).
    /// </summary>
    private static async Task SeedFollowersAsync(string databaseFile, Guid celebrity)
    {
        const string Numbers = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $count)";
        const string Fan = "printf('00000000-0000-7000-8000-%012x', i)";
        await SqliteProbe.ExecuteAsync(
            databaseFile,
            $"""
            BEGIN;
            {Numbers} INSERT INTO users (user_id, handle, created_at) SELECT {Fan}, 'fan' || i, $at FROM n;
            {Numbers} INSERT INTO follows (follower_id, followee_id, edge_id, created_at)
                SELECT {Fan}, $celebrity, printf('00000000-0000-7000-9000-%012x', i), $at FROM n;
            {Numbers} INSERT INTO follow_counts (user_id, shard, followers, following, version) SELECT {Fan}, $shard, 0, 1, 1 FROM n;
            INSERT INTO follow_counts (user_id, shard, followers, following, version) VALUES ($celebrity, 0, $count, 0, 1);
            COMMIT;
            """,
            ("$count", Followers), ("$celebrity", celebrity.ToString()), ("$shard", FollowCountShards.Of(celebrity)),
            ("$at", "2030-01-01T11:00:00.0000000+00:00"));
    }
}
