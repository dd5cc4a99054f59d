using System.Diagnostics;
using Microsoft.Data.Sqlite;
using static Social.Testing.Benchmarking.SqliteSeeding;

namespace Social.EngagementBenchmarks;

/// <summary>
/// Writes the viral and the ordinary item's likes and comments straight into Engagement's SQLite file while the service
/// is stopped. Rows are what Engagement itself writes: UUIDv7 ids in time order, likes spread over the count shards,
/// stored counts equal to the rows (so the reconciler would find nothing to repair). Likers are users Engagement never
/// hears of (a like needs no account row); comment authors are the run's real users, so a comment page shows real
/// profiles and asks Graph about real people.
/// </summary>
internal static class EngagementSeeder
{
    // Rows per transaction: few commits, bounded WAL growth.
    private const int RowsPerTransaction = 100_000;

    public static void Seed(string databaseFile, SeedPlan plan, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var connection = Open(databaseFile);
        RequireFreshItems(connection, plan);

        var written = 0L;
        var total = (long)plan.ViralLikes + plan.ViralComments + plan.OrdinaryLikes + plan.OrdinaryComments;
        var at = plan.Origin;
        using var likes = Prepare(
            connection,
            "INSERT INTO likes (content_id, user_id, like_id, owner_id, shard, created_at) VALUES ($content, $user, $like, $owner, $shard, $at)",
            "$content", "$user", "$like", "$owner", "$shard", "$at");
        using var comments = Prepare(
            connection,
            """
            INSERT INTO comments (comment_id, content_id, owner_id, author_id, thread_id, text, mentions, created_at)
            VALUES ($id, $content, $owner, $author, NULL, $text, '[]', $at)
            """,
            "$id", "$content", "$owner", "$author", "$text", "$at");
        var transaction = Begin(connection, likes, comments);

        void Next()
        {
            at += SeedPlan.Spacing;
            if (++written % RowsPerTransaction == 0)
            {
                transaction.Commit();
                transaction.Dispose();
                Console.WriteLine($"  {Figures.Count(written),9} of {Figures.Count(total)} rows written ({clock.Elapsed.TotalSeconds:0.0} s)");
                cancellationToken.ThrowIfCancellationRequested();
                transaction = Begin(connection, likes, comments);
            }
        }

        foreach (var (item, likeCount, commentCount) in new[]
        {
            (plan.Viral, plan.ViralLikes, plan.ViralComments),
            (plan.Ordinary, plan.OrdinaryLikes, plan.OrdinaryComments),
        })
        {
            var shards = new long[SeedPlan.LikeShards];
            for (var i = 0; i < likeCount; i++)
            {
                var shard = i % SeedPlan.LikeShards;
                shards[shard]++;
                Run(likes, item.ToString(), Guid.CreateVersion7(at).ToString(), Guid.CreateVersion7(at).ToString(), plan.Owner.ToString(), shard, Time(at));
                Next();
            }

            for (var i = 0; i < commentCount; i++)
            {
                var author = plan.CommentAuthors[i % plan.CommentAuthors.Count];
                Run(comments, Guid.CreateVersion7(at).ToString(), item.ToString(), plan.Owner.ToString(), author.ToString(), $"comment {i}", Time(at));
                Next();
            }

            WriteCounts(connection, transaction, item, plan.Owner, shards, commentCount);
        }

        transaction.Commit();
        transaction.Dispose();
        Checkpoint(connection);
        Require(connection, plan.Viral, plan.ViralLikes, plan.ViralComments);
        Require(connection, plan.Ordinary, plan.OrdinaryLikes, plan.OrdinaryComments);
        var megabytes = new FileInfo(databaseFile).Length / (1024.0 * 1024.0);
        Console.WriteLine($"  seeded in {clock.Elapsed.TotalSeconds:0.0} s: {Figures.Count(total)} likes and comments, engagement.db {megabytes:N0} MB");
    }

    private static SqliteTransaction Begin(SqliteConnection connection, params SqliteCommand[] commands)
    {
        var transaction = connection.BeginTransaction();
        foreach (var command in commands)
        {
            command.Transaction = transaction;
        }

        return transaction;
    }

    /// <summary>
    /// Stored counts equal to the rows: the like shards as spread, on the item and on its owner's likes received; the
    /// comments in one shard (only the sum is read).
    /// </summary>
    private static void WriteCounts(SqliteConnection connection, SqliteTransaction transaction, Guid item, Guid owner, long[] likeShards, int comments)
    {
        using var likeCounts = Prepare(connection, "INSERT INTO like_counts (content_id, shard, likes) VALUES ($content, $shard, $likes)", "$content", "$shard", "$likes");
        using var received = Prepare(
            connection,
            """
            INSERT INTO likes_received (owner_id, shard, likes, version) VALUES ($owner, $shard, $likes, 1)
            ON CONFLICT (owner_id, shard) DO UPDATE SET likes = likes + excluded.likes, version = version + 1
            """,
            "$owner", "$shard", "$likes");
        likeCounts.Transaction = transaction;
        received.Transaction = transaction;
        for (var shard = 0; shard < likeShards.Length; shard++)
        {
            if (likeShards[shard] > 0)
            {
                Run(likeCounts, item.ToString(), shard, likeShards[shard]);
                Run(received, owner.ToString(), shard, likeShards[shard]);
            }
        }

        using var commentCounts = Prepare(connection, "INSERT INTO comment_counts (content_id, shard, comments) VALUES ($content, 0, $comments)", "$content", "$comments");
        commentCounts.Transaction = transaction;
        Run(commentCounts, item.ToString(), (long)comments);
    }

    /// <summary>The items were made through the API and nothing is on them yet: seeding twice would double every count.</summary>
    private static void RequireFreshItems(SqliteConnection connection, SeedPlan plan)
    {
        foreach (var item in new[] { plan.Viral, plan.Ordinary })
        {
            if (Count(connection, "SELECT COUNT(*) FROM content WHERE content_id = $id", item) != 1
                || Count(connection, "SELECT COUNT(*) FROM likes WHERE content_id = $id", item) != 0
                || Count(connection, "SELECT COUNT(*) FROM comments WHERE content_id = $id", item) != 0)
            {
                throw new BenchmarkFailedException($"Engagement's database should hold item {item} with no likes or comments before seeding.");
            }
        }
    }

    private static void Require(SqliteConnection connection, Guid item, long likes, long comments)
    {
        var (storedLikes, actualLikes) = (
            Count(connection, "SELECT coalesce(sum(likes), 0) FROM like_counts WHERE content_id = $id", item),
            Count(connection, "SELECT COUNT(*) FROM likes WHERE content_id = $id", item));
        var (storedComments, actualComments) = (
            Count(connection, "SELECT coalesce(sum(comments), 0) FROM comment_counts WHERE content_id = $id", item),
            Count(connection, "SELECT COUNT(*) FROM comments WHERE content_id = $id", item));
        if ((storedLikes, actualLikes, storedComments, actualComments) != (likes, likes, comments, comments))
        {
            throw new BenchmarkFailedException(
                $"Seeding left item {item} with {actualLikes} likes (stored {storedLikes}) and {actualComments} comments (stored {storedComments}).");
        }
    }
}
