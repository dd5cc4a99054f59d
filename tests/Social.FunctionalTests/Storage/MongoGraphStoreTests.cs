using MongoDB.Bson;
using MongoDB.Driver;
using Social.EventBus.Outbox;
using Social.Graph.Storage;
using Social.Graph.Storage.MongoDb;
using Social.Storage.MongoDb;

namespace Social.FunctionalTests.Storage;

public sealed class MongoGraphStoreTests : GraphStoreConformance
{
    private readonly MongoStores _stores = new();
    private MongoDatabaseContext _context = null!;

    /// <summary>
    /// A user's one counts document from before the shards (<c>_id</c> the user id) is their shard 0 as it stands: read
    /// in the sums, added to by later follows, deleted with the user.
    /// </summary>
    [Fact]
    public async Task A_counts_document_from_before_the_shards_is_shard_zero()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var star = await NewUserAsync("star");
        var fan = await NewUserAsync("fan");
        var counts = _context.Database.GetCollection<BsonDocument>("follow_counts");
        await counts.InsertOneAsync(
            new BsonDocument { ["_id"] = star.ToString(), ["Followers"] = 3L, ["Following"] = 1L, ["Version"] = 4L }, cancellationToken: cancellation);

        await Store.FollowAsync(fan, star, cancellation);
        Assert.Equal((4, 1), await CountsAsync(star));

        await Store.RemoveUserAsync(star, Receipt(), cancellation);
        Assert.Equal(0, await counts.CountDocumentsAsync(Builders<BsonDocument>.Filter.Regex("_id", new BsonRegularExpression("^" + star)), cancellationToken: cancellation));
    }

    protected override void ReleaseStores() => _stores.Dispose();

    protected override async Task<(IGraphStore Store, IOutboxStore Outbox)> CreateStoreAsync(TimeProvider clock)
    {
        _context = await _stores.CreateContextAsync(MongoGraphStore.CreateIndexesAsync);
        return (new MongoGraphStore(_context, clock), new MongoOutboxStore(_context));
    }
}
