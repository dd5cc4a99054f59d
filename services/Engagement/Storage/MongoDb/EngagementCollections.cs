using MongoDB.Driver;

namespace Social.Engagement.Storage.MongoDb;

/// <summary>Engagement's collections (the known users' belong to the component).</summary>
internal sealed class EngagementCollections(IMongoDatabase database)
{
    public const string ContentName = "content";
    public const string LikesName = "likes";
    public const string LikeCountsName = "like_counts";
    public const string BlocksName = "blocks";
    public const string KeysName = "idempotency_keys";

    public IMongoCollection<ContentDocument> Content { get; } = database.GetCollection<ContentDocument>(ContentName);

    public IMongoCollection<LikeDocument> Likes { get; } = database.GetCollection<LikeDocument>(LikesName);

    public IMongoCollection<LikeCountDocument> LikeCounts { get; } = database.GetCollection<LikeCountDocument>(LikeCountsName);

    public IMongoCollection<BlockStateDocument> Blocks { get; } = database.GetCollection<BlockStateDocument>(BlocksName);

    public IMongoCollection<ContentKeyDocument> Keys { get; } = database.GetCollection<ContentKeyDocument>(KeysName);
}
