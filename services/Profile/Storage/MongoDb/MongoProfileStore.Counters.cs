using MongoDB.Driver;
using Social.EventBus.Inbox;
using Social.Profile.Domain.Profiles;

namespace Social.Profile.Storage.MongoDb;

/// <summary>The counters other services feed by events, applied once per message.</summary>
public sealed partial class MongoProfileStore
{
    public Task<bool> ApplyFollowCountsAsync(
        Guid userId, MessageReceipt receipt, int shard, Func<FollowCountsShard?, FollowCountsShard?> change, CancellationToken cancellationToken) =>
        context.ApplyOnceAsync(receipt, async (session, ct) =>
        {
            // Read and write in one transaction: a concurrent change of the same profile is a write conflict, and the
            // transaction runs again on what that change stored.
            var id = userId.ToString();
            var profile = await Profiles.Find(session, p => p.Id == id).FirstOrDefaultAsync(ct);
            if (profile is null)
            {
                return;
            }

            var shards = FollowCountsShardDocument.Of(profile);
            if (change(shards.SingleOrDefault(s => s.Shard == shard)?.ToRecord()) is not { } next)
            {
                return;
            }

            List<FollowCountsShardDocument> updated = [.. shards.Where(s => s.Shard != next.Shard), FollowCountsShardDocument.From(next)];
            await Profiles.UpdateOneAsync(
                session,
                p => p.Id == id,
                Builders<ProfileDocument>.Update
                    .Set(p => p.FollowCounts, updated)
                    .Set(p => p.FollowersCount, updated.Sum(s => s.Followers))
                    .Set(p => p.FollowingCount, updated.Sum(s => s.Following)),
                cancellationToken: ct);
        }, cancellationToken);

    public Task<bool> ApplyLikesReceivedAsync(
        Guid userId, MessageReceipt receipt, int shard, Func<LikesReceivedShard?, LikesReceivedShard?> change, CancellationToken cancellationToken) =>
        context.ApplyOnceAsync(receipt, async (session, ct) =>
        {
            // Read and write in one transaction: a concurrent change of the same profile is a write conflict, and the
            // transaction runs again on what that change stored.
            var id = userId.ToString();
            var profile = await Profiles.Find(session, p => p.Id == id).FirstOrDefaultAsync(ct);
            var shards = profile?.LikesReceived ?? [];
            if (profile is null || change(shards.SingleOrDefault(s => s.Shard == shard)?.ToRecord()) is not { } next)
            {
                return;
            }

            List<LikesReceivedShardDocument> updated = [.. shards.Where(s => s.Shard != next.Shard), LikesReceivedShardDocument.From(next)];
            await Profiles.UpdateOneAsync(
                session,
                p => p.Id == id,
                Builders<ProfileDocument>.Update.Set(p => p.LikesReceived, updated).Set(p => p.LikesCount, updated.Sum(s => s.Likes)),
                cancellationToken: ct);
        }, cancellationToken);
}
