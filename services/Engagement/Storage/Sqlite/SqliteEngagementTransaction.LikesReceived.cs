using Social.Engagement.Domain.Counters;
using Social.Engagement.Domain.Likes;
using Social.Storage.Sqlite;

namespace Social.Engagement.Storage.Sqlite;

/// <summary>The shards of owners' likes received, on SQLite.</summary>
public sealed partial class SqliteEngagementTransaction
{
    public async Task<LikesReceived> AdjustLikesReceivedAsync(Guid ownerId, int shard, long delta, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            """
            INSERT INTO likes_received (owner_id, shard, likes, version) VALUES ($owner, $shard, $delta, 1)
            ON CONFLICT (owner_id, shard) DO UPDATE SET likes = likes + excluded.likes, version = version + 1
            RETURNING likes, version
            """,
            ("$owner", ownerId.ToString()), ("$shard", shard), ("$delta", delta));
        var stored = await command.ReadAllAsync(reader => (Likes: reader.GetInt64(0), Version: reader.GetInt64(1)), cancellationToken);
        return new LikesReceived(ownerId, shard, stored[0].Likes, stored[0].Version);
    }

    public Task DeleteLikesReceivedOfAsync(Guid ownerId, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync("DELETE FROM likes_received WHERE owner_id = $owner", cancellationToken, ("$owner", ownerId.ToString()));

    public async Task<LikesReceivedCounter> ReadLikesReceivedCounterAsync(Guid ownerId, int shard, CancellationToken cancellationToken)
    {
        // The likes are counted through the owner's content (content_by_owner, then each item's like keys), so no
        // index on likes by owner is kept just for this operations task.
        await using var command = Unit.Command(
            """
            SELECT $owner AS owner_id, $shard AS shard,
                   coalesce((SELECT likes FROM likes_received WHERE owner_id = $owner AND shard = $shard), 0) AS stored_likes,
                   (SELECT count(*) FROM content c JOIN likes l ON l.content_id = c.content_id
                    WHERE c.owner_id = $owner AND l.shard = $shard) AS actual_likes
            """,
            ("$owner", ownerId.ToString()), ("$shard", shard));
        return (await command.ReadAllAsync(SqliteEngagementRows.LikesReceivedCounter, cancellationToken)).Single();
    }
}
