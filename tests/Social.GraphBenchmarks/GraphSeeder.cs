using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using static Social.Testing.Benchmarking.SqliteSeeding;

namespace Social.GraphBenchmarks;

/// <summary>
/// Writes the celebrity, the ordinary user and their followers straight into Graph's SQLite file while the service is
/// stopped: following a million times through the API would take hours. Rows are what Graph itself writes (times in
/// its round-trip UTC format, UUIDv7 edge ids, stored counts matching the edges), in big transactions of prepared
/// statements whose parameters are reused.
/// </summary>
internal static class GraphSeeder
{
    // Followers per transaction (each one user row and one follow row): few commits, bounded WAL growth.
    private const int FollowersPerTransaction = 100_000;

    public static void Seed(string databaseFile, SeedPlan plan, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var connection = SqliteSeeding.Open(databaseFile);
        RequireFreshGraph(connection, plan);

        using var users = Prepare(
            connection,
            """
            INSERT INTO users (user_id, handle, created_at, followers_count, following_count, counts_version)
            VALUES ($id, $handle, $at, $followers, $following, $version)
            """,
            "$id", "$handle", "$at", "$followers", "$following", "$version");
        using var follows = Prepare(
            connection,
            "INSERT INTO follows (follower_id, followee_id, edge_id, created_at) VALUES ($follower, $followee, $edge, $at)",
            "$follower", "$followee", "$edge", "$at");
        var transaction = connection.BeginTransaction();
        users.Transaction = transaction;
        follows.Transaction = transaction;

        // Stored counts match the edges; the version counts every change, as if each follow had been made one by one.
        InsertUser(users, plan.Celebrity, SeedPlan.CelebrityHandle, plan.Origin, plan.CelebrityFollowers, 0);
        InsertUser(users, plan.Ordinary, SeedPlan.OrdinaryHandle, plan.Origin + TimeSpan.FromSeconds(1), plan.OrdinaryFollowers, 0);

        var written = 0;
        var firstFollowOfOrdinary = plan.FirstFollow + (SeedPlan.FollowSpacing * plan.CelebrityFollowers);
        foreach (var (target, count, prefix, firstFollow) in new[]
        {
            (plan.Celebrity, plan.CelebrityFollowers, "fan_c_", plan.FirstFollow),
            (plan.Ordinary, plan.OrdinaryFollowers, "fan_o_", firstFollowOfOrdinary),
        })
        {
            var stride = CoprimeStride(count);
            for (var i = 0; i < count; i++)
            {
                var signedUp = plan.FirstSignUp + (SeedPlan.SignUpSpacing * written);
                var follower = Guid.CreateVersion7(signedUp);
                InsertUser(users, follower, prefix + i.ToString("D7", CultureInfo.InvariantCulture), signedUp, 0, 1);

                // Who followed when is shuffled against who signed up when, as in life: a page's followers are
                // scattered over the users table instead of sitting next to each other.
                var followed = firstFollow + (SeedPlan.FollowSpacing * (i * stride % count));
                Run(follows, follower.ToString(), target.ToString(), Guid.CreateVersion7(followed).ToString(), Time(followed));

                if (++written % FollowersPerTransaction == 0)
                {
                    transaction.Commit();
                    transaction.Dispose();
                    Console.WriteLine($"  {Figures.Count(written),9} of {Figures.Count(plan.Followers)} followers written ({clock.Elapsed.TotalSeconds:0.0} s)");
                    cancellationToken.ThrowIfCancellationRequested();
                    transaction = connection.BeginTransaction();
                    users.Transaction = transaction;
                    follows.Transaction = transaction;
                }
            }
        }

        transaction.Commit();
        transaction.Dispose();
        Console.WriteLine($"  {Figures.Count(written),9} of {Figures.Count(plan.Followers)} followers written ({clock.Elapsed.TotalSeconds:0.0} s)");

        SqliteSeeding.Checkpoint(connection);
        var celebrityEdges = Count(connection, "SELECT COUNT(*) FROM follows WHERE followee_id = $id", plan.Celebrity);
        var ordinaryEdges = Count(connection, "SELECT COUNT(*) FROM follows WHERE followee_id = $id", plan.Ordinary);
        if (celebrityEdges != plan.CelebrityFollowers || ordinaryEdges != plan.OrdinaryFollowers)
        {
            throw new BenchmarkFailedException($"Seeding wrote {celebrityEdges} and {ordinaryEdges} follows, not {plan.CelebrityFollowers} and {plan.OrdinaryFollowers}.");
        }

        var megabytes = new FileInfo(databaseFile).Length / (1024.0 * 1024.0);
        Console.WriteLine(
            $"  seeded in {clock.Elapsed.TotalSeconds:0.0} s: {Figures.Count(plan.Followers + 2)} users, {Figures.Count(celebrityEdges + ordinaryEdges)} follows, "
            + $"graph.db {megabytes.ToString("N0", CultureInfo.InvariantCulture)} MB");
    }

    /// <summary>Only the viewer (from its AccountCreated event) may be there: seeding twice would double every count.</summary>
    private static void RequireFreshGraph(SqliteConnection connection, SeedPlan plan)
    {
        if (Count(connection, "SELECT COUNT(*) FROM users WHERE user_id = $id", plan.Viewer) != 1
            || Count(connection, "SELECT COUNT(*) FROM users") != 1
            || Count(connection, "SELECT COUNT(*) FROM follows") != 0)
        {
            throw new BenchmarkFailedException("Graph's database should hold the viewer and nothing else before seeding.");
        }
    }

    private static void InsertUser(SqliteCommand users, Guid id, string handle, DateTimeOffset signedUp, long followers, long following) =>
        Run(users, id.ToString(), handle, Time(signedUp), followers, following, followers + following);

    /// <summary>A step coprime with <paramref name="count"/>: i → i·step mod count is then a shuffle of 0..count-1.</summary>
    private static long CoprimeStride(int count)
    {
        var stride = Math.Max(1L, (long)(count * 0.618));
        while (System.Numerics.BigInteger.GreatestCommonDivisor(stride, count) != 1)
        {
            stride++;
        }

        return stride;
    }
}
