using Social.EventBus.Inbox;
using Social.Profile.Domain.Profiles;
using Social.Storage.Sqlite;

namespace Social.Profile.Storage.Sqlite;

/// <summary>The counters other services feed by events, applied once per message.</summary>
public sealed partial class SqliteProfileStore
{
    public Task<bool> ApplyFollowCountsAsync(
        Guid userId, MessageReceipt receipt, int shard, Func<FollowCountsShard?, FollowCountsShard?> change, CancellationToken cancellationToken) =>
        database.ApplyOnceAsync(receipt, timeProvider.GetUtcNow(), async (unit, ct) =>
        {
            // BEGIN IMMEDIATE holds the write lock from the read on: two events of one shard cannot both pass the check.
            var id = userId.ToString();
            if (!await unit.ExistsAsync("SELECT 1 FROM profiles WHERE user_id = $id", ct, ("$id", id)))
            {
                return;
            }

            FollowCountsShard? stored;
            await using (var read = unit.Command(
                "SELECT shard, followers, following, version FROM follow_counts WHERE user_id = $id AND shard = $shard", ("$id", id), ("$shard", shard)))
            {
                stored = (await read.ReadAllAsync(SqliteProfileRows.FollowCountsShard, ct)).SingleOrDefault();
            }

            if (change(stored) is not { } next)
            {
                return;
            }

            await unit.ExecuteAsync(
                """
                INSERT INTO follow_counts (user_id, shard, followers, following, version) VALUES ($id, $shard, $followers, $following, $version)
                ON CONFLICT (user_id, shard) DO UPDATE SET followers = excluded.followers, following = excluded.following, version = excluded.version;
                UPDATE profiles SET
                    followers_count = (SELECT sum(followers) FROM follow_counts WHERE user_id = $id),
                    following_count = (SELECT sum(following) FROM follow_counts WHERE user_id = $id)
                WHERE user_id = $id;
                """,
                ct,
                ("$id", id), ("$shard", next.Shard), ("$followers", next.Followers), ("$following", next.Following), ("$version", next.Version));
        }, cancellationToken);

    public Task<bool> ApplyLikesReceivedAsync(
        Guid userId, MessageReceipt receipt, int shard, Func<LikesReceivedShard?, LikesReceivedShard?> change, CancellationToken cancellationToken) =>
        database.ApplyOnceAsync(receipt, timeProvider.GetUtcNow(), async (unit, ct) =>
        {
            var id = userId.ToString();
            if (!await unit.ExistsAsync("SELECT 1 FROM profiles WHERE user_id = $id", ct, ("$id", id)))
            {
                return;
            }

            LikesReceivedShard? stored;
            await using (var read = unit.Command(
                "SELECT shard, likes, version FROM likes_received WHERE user_id = $id AND shard = $shard", ("$id", id), ("$shard", shard)))
            {
                stored = (await read.ReadAllAsync(SqliteProfileRows.LikesReceivedShard, ct)).SingleOrDefault();
            }

            if (change(stored) is not { } next)
            {
                return;
            }

            await unit.ExecuteAsync(
                """
                INSERT INTO likes_received (user_id, shard, likes, version) VALUES ($id, $shard, $likes, $version)
                ON CONFLICT (user_id, shard) DO UPDATE SET likes = excluded.likes, version = excluded.version;
                UPDATE profiles SET likes_count = (SELECT sum(likes) FROM likes_received WHERE user_id = $id) WHERE user_id = $id;
                """,
                ct,
                ("$id", id), ("$shard", next.Shard), ("$likes", next.Likes), ("$version", next.Version));
        }, cancellationToken);
}
