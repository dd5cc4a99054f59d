using MongoDB.Driver;
using Social.Contracts.Events;
using Social.EventBus.Inbox;

namespace Social.Profile.Storage.MongoDb;

/// <summary>The counters other services feed by events, applied once per message.</summary>
public sealed partial class MongoProfileStore
{
    public Task<bool> ApplyFollowCountsAsync(FollowCountsChanged counts, MessageReceipt receipt, CancellationToken cancellationToken) =>
        context.ApplyOnceAsync(receipt, async (session, ct) =>
        {
            // Absolute values guarded by version: a late or reordered event matches no document instead of rolling
            // back, and so does the event of a deleted profile. "Not at least this version" also matches documents
            // stored before the version field existed, which a plain $lt would skip.
            var filter = Builders<ProfileDocument>.Filter;
            await Profiles.UpdateOneAsync(
                session,
                filter.Eq(p => p.Id, counts.UserId.ToString()) & filter.Not(filter.Gte(p => p.FollowCountsVersion, counts.Version)),
                Builders<ProfileDocument>.Update
                    .Set(p => p.FollowersCount, counts.Followers)
                    .Set(p => p.FollowingCount, counts.Following)
                    .Set(p => p.FollowCountsVersion, counts.Version),
                cancellationToken: ct);
        }, cancellationToken);
}
