using System.Linq.Expressions;
using MongoDB.Driver;

namespace Social.Graph.Storage.MongoDb;

/// <summary>
/// The indexes: checks are point lookups on the pair <c>_id</c>; each list is one range of a unique (owner, edge id)
/// index, edge ids being time-ordered, so a page costs the same whatever the list's length. The other side of each
/// edge is indexed too, for forgetting a deleted user and for the counts of the followers side.
/// </summary>
public sealed partial class MongoGraphStore
{
    public static async Task CreateIndexesAsync(IMongoDatabase database, CancellationToken cancellationToken)
    {
        var follows = database.GetCollection<FollowDocument>(GraphCollections.FollowsName);
        await ListIndexAsync(follows, f => f.FolloweeId, cancellationToken);
        await ListIndexAsync(follows, f => f.FollowerId, cancellationToken);

        var requests = database.GetCollection<FollowRequestDocument>(GraphCollections.FollowRequestsName);
        await ListIndexAsync(requests, r => r.TargetId, cancellationToken);
        await LookupIndexAsync(requests, r => r.RequesterId, cancellationToken);

        var blocks = database.GetCollection<BlockDocument>(GraphCollections.BlocksName);
        await ListIndexAsync(blocks, b => b.BlockerId, cancellationToken);
        await LookupIndexAsync(blocks, b => b.BlockedId, cancellationToken);

        var mutes = database.GetCollection<MuteDocument>(GraphCollections.MutesName);
        await ListIndexAsync(mutes, m => m.MuterId, cancellationToken);
        await LookupIndexAsync(mutes, m => m.MutedId, cancellationToken);

        var closeFriends = database.GetCollection<CloseFriendDocument>(GraphCollections.CloseFriendsName);
        await ListIndexAsync(closeFriends, c => c.OwnerId, cancellationToken);
        await LookupIndexAsync(closeFriends, c => c.FriendId, cancellationToken);

        var fanOuts = database.GetCollection<FanOutDocument>(GraphCollections.FanOutsName);
        await fanOuts.Indexes.CreateOneAsync(
            new CreateIndexModel<FanOutDocument>(Builders<FanOutDocument>.IndexKeys.Ascending(f => f.ScheduledAt).Ascending(f => f.Id)),
            cancellationToken: cancellationToken);
    }

    private static Task<string> ListIndexAsync<T>(IMongoCollection<T> collection, Expression<Func<T, object>> owner, CancellationToken cancellationToken)
        where T : EdgeDocument =>
        collection.Indexes.CreateOneAsync(
            new CreateIndexModel<T>(Builders<T>.IndexKeys.Ascending(owner).Ascending(e => e.EdgeId), new CreateIndexOptions { Unique = true }),
            cancellationToken: cancellationToken);

    private static Task<string> LookupIndexAsync<T>(IMongoCollection<T> collection, Expression<Func<T, object>> other, CancellationToken cancellationToken)
        where T : EdgeDocument =>
        collection.Indexes.CreateOneAsync(new CreateIndexModel<T>(Builders<T>.IndexKeys.Ascending(other)), cancellationToken: cancellationToken);
}
