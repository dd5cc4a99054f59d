using MongoDB.Driver;
using Social.Relationships.MongoDb;
using Social.Storage.MongoDb;

namespace Social.Messaging.Storage.MongoDb;

/// <summary>Messaging's collections (the known users' belong to the component).</summary>
internal sealed class MessagingCollections(IMongoDatabase database)
{
    public IMongoCollection<ConversationDocument> Conversations { get; } = database.GetCollection<ConversationDocument>("conversations");

    public IMongoCollection<DirectPairDocument> DirectPairs { get; } = database.GetCollection<DirectPairDocument>("direct_pairs");

    public IMongoCollection<MemberDocument> Members { get; } = database.GetCollection<MemberDocument>("members");

    public IMongoCollection<MessageDocument> Messages { get; } = database.GetCollection<MessageDocument>("messages");

    public IMongoCollection<MessageEditDocument> Edits { get; } = database.GetCollection<MessageEditDocument>("message_edits");

    public IMongoCollection<ReactionDocument> Reactions { get; } = database.GetCollection<ReactionDocument>("reactions");

    public MongoBlocks Blocks { get; } = new(database);

    public MongoIdempotencyKeys Keys { get; } = new(database);

    public IMongoCollection<StreamHeadDocument> StreamHeads { get; } = database.GetCollection<StreamHeadDocument>("stream_heads");

    public IMongoCollection<StreamEntryDocument> StreamEntries { get; } = database.GetCollection<StreamEntryDocument>("stream_entries");

    public IMongoCollection<StreamTicketDocument> StreamTickets { get; } = database.GetCollection<StreamTicketDocument>("stream_tickets");

    public IMongoCollection<ActivityCauseDocument> ActivityCauses { get; } = database.GetCollection<ActivityCauseDocument>("activity_causes");

    public IMongoCollection<ActivityDocument> Activities { get; } = database.GetCollection<ActivityDocument>("activities");

    public IMongoCollection<RemovedObjectDocument> RemovedObjects { get; } = database.GetCollection<RemovedObjectDocument>("activity_removed_objects");

    public IMongoCollection<BadgeDocument> Badges { get; } = database.GetCollection<BadgeDocument>("badges");

    public IMongoCollection<ActivityRemovalDocument> ActivityRemovals { get; } = database.GetCollection<ActivityRemovalDocument>("activity_removals");
}
