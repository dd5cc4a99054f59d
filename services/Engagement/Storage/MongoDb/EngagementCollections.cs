using MongoDB.Driver;
using Social.Relationships.MongoDb;
using Social.Storage.MongoDb;

namespace Social.Engagement.Storage.MongoDb;

/// <summary>Engagement's collections (the known users' belong to the component).</summary>
internal sealed class EngagementCollections(IMongoDatabase database)
{
    public const string ContentName = "content";
    public const string LikesName = "likes";
    public const string LikeCountsName = "like_counts";
    public const string CommentsName = "comments";
    public const string CommentEditsName = "comment_edits";
    public const string CommentLikesName = "comment_likes";
    public const string CommentCountsName = "comment_counts";
    public const string TagsName = "tags";
    public const string LikesReceivedName = "likes_received";

    public IMongoCollection<ContentDocument> Content { get; } = database.GetCollection<ContentDocument>(ContentName);

    public IMongoCollection<LikeDocument> Likes { get; } = database.GetCollection<LikeDocument>(LikesName);

    public IMongoCollection<LikeCountDocument> LikeCounts { get; } = database.GetCollection<LikeCountDocument>(LikeCountsName);

    public MongoBlocks Blocks { get; } = new(database);

    public MongoIdempotencyKeys Keys { get; } = new(database);

    public IMongoCollection<CommentDocument> Comments { get; } = database.GetCollection<CommentDocument>(CommentsName);

    public IMongoCollection<CommentEditDocument> CommentEdits { get; } = database.GetCollection<CommentEditDocument>(CommentEditsName);

    public IMongoCollection<CommentLikeDocument> CommentLikes { get; } = database.GetCollection<CommentLikeDocument>(CommentLikesName);

    public IMongoCollection<CommentCountDocument> CommentCounts { get; } = database.GetCollection<CommentCountDocument>(CommentCountsName);

    public IMongoCollection<TagDocument> Tags { get; } = database.GetCollection<TagDocument>(TagsName);

    public IMongoCollection<LikesReceivedDocument> LikesReceived { get; } = database.GetCollection<LikesReceivedDocument>(LikesReceivedName);
}
