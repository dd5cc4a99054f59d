using MongoDB.Driver;
using Social.Relationships.MongoDb;
using Social.Storage.MongoDb;

namespace Social.Story.Storage.MongoDb;

/// <summary>Story's collections (the known users' belong to the component).</summary>
internal sealed class StoryCollections(IMongoDatabase database)
{
    public IMongoCollection<StoryDocument> Stories { get; } = database.GetCollection<StoryDocument>("stories");

    public IMongoCollection<StoryViewDocument> Views { get; } = database.GetCollection<StoryViewDocument>("story_views");

    public IMongoCollection<StoryReplyDocument> Replies { get; } = database.GetCollection<StoryReplyDocument>("story_replies");

    public IMongoCollection<HighlightDocument> Highlights { get; } = database.GetCollection<HighlightDocument>("highlights");

    public IMongoCollection<TrayRowDocument> TrayRows { get; } = database.GetCollection<TrayRowDocument>("tray_rows");

    public IMongoCollection<TrayFanOutDocument> TrayFanOuts { get; } = database.GetCollection<TrayFanOutDocument>("tray_fan_outs");

    public IMongoCollection<TrayBroadcastDocument> TrayBroadcasts { get; } = database.GetCollection<TrayBroadcastDocument>("tray_broadcasts");

    public MongoBlocks Blocks { get; } = new(database);

    public MongoIdempotencyKeys Keys { get; } = new(database);
}
