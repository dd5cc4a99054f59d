using Social.EventBus.Inbox;
using Social.Profile.Domain.Profiles;
using Social.Storage.Sqlite;

namespace Social.Profile.Storage.Sqlite;

/// <summary>The counters other services feed by events, applied once per message.</summary>
public sealed partial class SqliteProfileStore
{
    public Task<bool> ApplyFollowCountsAsync(Guid userId, MessageReceipt receipt, Func<FollowCounts, FollowCounts?> change, CancellationToken cancellationToken) =>
        database.ApplyOnceAsync(receipt, timeProvider.GetUtcNow(), async (unit, ct) =>
        {
            // BEGIN IMMEDIATE holds the write lock from the read on: two events of one user cannot both pass the check.
            FollowCounts? stored;
            await using (var read = unit.Command(
                "SELECT followers_count, following_count, follow_counts_version FROM profiles WHERE user_id = $id", ("$id", userId.ToString())))
            await using (var reader = await read.ExecuteReaderAsync(ct))
            {
                stored = await reader.ReadAsync(ct) ? SqliteProfileRows.FollowCounts(reader) : null;
            }

            if (stored is null || change(stored) is not { } counts)
            {
                return;
            }

            await unit.ExecuteAsync(
                """
                UPDATE profiles SET followers_count = $followers, following_count = $following, follow_counts_version = $version
                WHERE user_id = $id
                """,
                ct,
                ("$id", userId.ToString()), ("$followers", counts.Followers), ("$following", counts.Following), ("$version", counts.Version));
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
