using MongoDB.Driver;
using Social.Engagement.Domain.Comments;
using Social.Engagement.Domain.Content;
using Social.Engagement.Domain.Counters;
using Social.Engagement.Domain.Likes;
using Social.KnownUsers.MongoDb;
using Social.Relationships.Blocks;
using Social.Storage;

namespace Social.Engagement.Storage.MongoDb;

/// <summary>
/// The writes of one Engagement transaction on MongoDB (a multi-document transaction in one session). Likes and
/// shards are keyed by their natural pair, so a repeated write meets the document there instead of a duplicate key;
/// concurrent likers of one item write different shard documents, so they rarely conflict.
/// </summary>
public sealed partial class MongoEngagementTransaction(IClientSessionHandle session, IMongoDatabase database, DateTimeOffset at)
    : MongoKnownUsersTransaction(session, database, at), IEngagementTransaction
{
    private readonly EngagementCollections _collections = new(database);

    public async Task<ContentRecord?> ReadContentAsync(Guid contentId, CancellationToken cancellationToken)
    {
        var id = contentId.ToString();
        var document = await _collections.Content.Find(Session, c => c.Id == id).FirstOrDefaultAsync(cancellationToken);
        return document?.ToRecord();
    }

    public async Task<bool> InsertContentAsync(ContentRecord content, CancellationToken cancellationToken)
    {
        var document = ContentDocument.From(content);
        var result = await _collections.Content.UpdateOneAsync(
            Session,
            c => c.Id == document.Id,
            Builders<ContentDocument>.Update
                .SetOnInsert(c => c.OwnerId, document.OwnerId)
                .SetOnInsert(c => c.MediaUrl, document.MediaUrl)
                .SetOnInsert(c => c.Caption, document.Caption)
                .SetOnInsert(c => c.Audience, document.Audience)
                .SetOnInsert(c => c.CommentsEnabled, document.CommentsEnabled)
                .SetOnInsert(c => c.CreatedAt, document.CreatedAt)
                .SetOnInsert(c => c.Mentions, document.Mentions),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);
        return result.UpsertedId is not null;
    }

    public async Task<IReadOnlyDictionary<int, long>> DeleteContentAsync(Guid contentId, CancellationToken cancellationToken)
    {
        var id = contentId.ToString();
        var likes = await MongoEngagementReads.LikesByShardAsync(_collections, Session, Builders<LikeDocument>.Filter.Eq(l => l.ContentId, id), cancellationToken);
        await _collections.Likes.DeleteManyAsync(Session, l => l.ContentId == id, cancellationToken: cancellationToken);
        await _collections.LikeCounts.DeleteManyAsync(Session, c => c.ContentId == id, cancellationToken: cancellationToken);
        var comments = await _collections.Comments.Find(Session, c => c.ContentId == id).Project(c => c.Id).ToListAsync(cancellationToken);
        if (comments.Count > 0)
        {
            await _collections.CommentLikes.DeleteManyAsync(Session, Builders<CommentLikeDocument>.Filter.In(l => l.CommentId, comments), cancellationToken: cancellationToken);
            await _collections.CommentEdits.DeleteManyAsync(Session, Builders<CommentEditDocument>.Filter.In(e => e.CommentId, comments), cancellationToken: cancellationToken);
            await _collections.Comments.DeleteManyAsync(Session, c => c.ContentId == id, cancellationToken: cancellationToken);
        }

        await _collections.CommentCounts.DeleteManyAsync(Session, c => c.ContentId == id, cancellationToken: cancellationToken);
        await _collections.Tags.DeleteManyAsync(Session, t => t.ContentId == id, cancellationToken: cancellationToken);
        await _collections.Content.DeleteOneAsync(Session, c => c.Id == id, cancellationToken: cancellationToken);
        return likes;
    }

    public async Task<IReadOnlyList<Guid>> ContentOfAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        var owner = ownerId.ToString();
        var ids = await _collections.Content.Find(Session, c => c.OwnerId == owner).Project(c => c.Id).ToListAsync(cancellationToken);
        return [.. ids.Select(Guid.Parse)];
    }

    public async Task<bool> InsertLikeAsync(ContentRecord content, Guid userId, Guid likeId, int shard, CancellationToken cancellationToken)
    {
        var result = await _collections.Likes.UpdateOneAsync(
            Session,
            Builders<LikeDocument>.Filter.Eq(l => l.Id, LikeDocument.IdOf(content.ContentId, userId)),
            Builders<LikeDocument>.Update
                .SetOnInsert(l => l.ContentId, content.ContentId.ToString())
                .SetOnInsert(l => l.UserId, userId.ToString())
                .SetOnInsert(l => l.LikeId, likeId.ToString())
                .SetOnInsert(l => l.OwnerId, content.OwnerId.ToString())
                .SetOnInsert(l => l.Shard, shard)
                .SetOnInsert(l => l.CreatedAt, At.UtcDateTime),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);
        return result.UpsertedId is not null;
    }

    public async Task<bool> DeleteLikeAsync(Guid contentId, Guid userId, CancellationToken cancellationToken)
    {
        var id = LikeDocument.IdOf(contentId, userId);
        return (await _collections.Likes.DeleteOneAsync(Session, l => l.Id == id, cancellationToken: cancellationToken)).DeletedCount == 1;
    }

    public Task AdjustLikesAsync(Guid contentId, int shard, long delta, CancellationToken cancellationToken) =>
        _collections.LikeCounts.UpdateOneAsync(
            Session,
            Builders<LikeCountDocument>.Filter.Eq(c => c.Id, LikeCountDocument.IdOf(contentId, shard)),
            Builders<LikeCountDocument>.Update
                .SetOnInsert(c => c.ContentId, contentId.ToString())
                .SetOnInsert(c => c.Shard, shard)
                .Inc(c => c.Likes, delta),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);

    public async Task<long> ReadLikesCountAsync(Guid contentId, CancellationToken cancellationToken)
    {
        var id = contentId.ToString();
        return (await MongoEngagementReads.LikesCountsAsync(_collections, Session, [id], cancellationToken)).GetValueOrDefault(id);
    }

    public Task<IReadOnlyList<LikedItem>> DeleteLikesOnContentOfAsync(Guid likerId, Guid ownerId, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var filters = Builders<LikeDocument>.Filter;
        return DeleteLikesAsync(
            filters.Eq(l => l.UserId, likerId.ToString()) & filters.Eq(l => l.OwnerId, ownerId.ToString()) & filters.Lt(l => l.CreatedAt, before.UtcDateTime),
            cancellationToken);
    }

    public Task<IReadOnlyList<LikedItem>> DeleteLikesByAsync(Guid likerId, CancellationToken cancellationToken) =>
        DeleteLikesAsync(Builders<LikeDocument>.Filter.Eq(l => l.UserId, likerId.ToString()), cancellationToken);

    // The block replica and the idempotency keys are shared plumbing: their documents live beside their collections.
    public Task<BlockState?> ReadBlockAsync(Guid blockerId, Guid blockedId, CancellationToken cancellationToken) =>
        _collections.Blocks.ReadAsync(Session, blockerId, blockedId, cancellationToken);

    public Task WriteBlockAsync(BlockState state, CancellationToken cancellationToken) => _collections.Blocks.WriteAsync(Session, state, cancellationToken);

    public Task DeleteBlocksOfAsync(Guid userId, CancellationToken cancellationToken) => _collections.Blocks.DeleteOfAsync(Session, userId, cancellationToken);

    public Task<bool> InsertIdempotencyKeyAsync(StoredIdempotencyKey key, CancellationToken cancellationToken) =>
        _collections.Keys.InsertAsync(Session, key, cancellationToken);

    public Task DeleteIdempotencyKeysOfAsync(Guid ownerId, CancellationToken cancellationToken) =>
        _collections.Keys.DeleteOfAsync(Session, ownerId, cancellationToken);

    public Task SetPinnedCommentAsync(Guid contentId, Guid? commentId, CancellationToken cancellationToken)
    {
        var id = contentId.ToString();
        return _collections.Content.UpdateOneAsync(
            Session, c => c.Id == id, Builders<ContentDocument>.Update.Set(c => c.PinnedCommentId, commentId?.ToString()), cancellationToken: cancellationToken);
    }

    public Task AdjustCommentsAsync(Guid contentId, int shard, long delta, CancellationToken cancellationToken) =>
        _collections.CommentCounts.UpdateOneAsync(
            Session,
            Builders<CommentCountDocument>.Filter.Eq(c => c.Id, CommentCountDocument.IdOf(contentId, shard)),
            Builders<CommentCountDocument>.Update
                .SetOnInsert(c => c.ContentId, contentId.ToString())
                .SetOnInsert(c => c.Shard, shard)
                .Inc(c => c.Comments, delta),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);

    public async Task<CommentRecord?> ReadCommentAsync(Guid commentId, CancellationToken cancellationToken)
    {
        var id = commentId.ToString();
        return (await _collections.Comments.Find(Session, c => c.Id == id).FirstOrDefaultAsync(cancellationToken))?.ToRecord();
    }

    public Task InsertCommentAsync(CommentRecord comment, CancellationToken cancellationToken) =>
        _collections.Comments.InsertOneAsync(Session, CommentDocument.From(comment), cancellationToken: cancellationToken);

    public Task ReplaceCommentTextAsync(CommentRecord comment, CancellationToken cancellationToken)
    {
        var id = comment.CommentId.ToString();
        return _collections.Comments.UpdateOneAsync(
            Session,
            c => c.Id == id,
            Builders<CommentDocument>.Update
                .Set(c => c.Text, comment.Text)
                .Set(c => c.Mentions, MentionDocument.From(comment.Mentions))
                .Set(c => c.EditedAt, comment.EditedAt?.UtcDateTime),
            cancellationToken: cancellationToken);
    }

    public Task InsertCommentEditAsync(CommentEdit edit, CancellationToken cancellationToken) =>
        _collections.CommentEdits.InsertOneAsync(
            Session,
            new CommentEditDocument { Id = edit.EditId.ToString(), CommentId = edit.CommentId.ToString(), Text = edit.Text, ReplacedAt = edit.ReplacedAt.UtcDateTime },
            cancellationToken: cancellationToken);

    public async Task MarkCommentDeletedAsync(Guid commentId, CancellationToken cancellationToken)
    {
        var id = commentId.ToString();
        await _collections.Comments.UpdateOneAsync(
            Session,
            c => c.Id == id,
            Builders<CommentDocument>.Update
                .Set(c => c.Deleted, true)
                .Set(c => c.Text, string.Empty)
                .Set(c => c.Mentions, [])
                .Set(c => c.LikesCount, 0),
            cancellationToken: cancellationToken);
        await DeleteLikesAndEditsOfAsync(id, cancellationToken);
    }

    public async Task DeleteCommentAsync(Guid commentId, CancellationToken cancellationToken)
    {
        var id = commentId.ToString();
        await DeleteLikesAndEditsOfAsync(id, cancellationToken);
        await _collections.Comments.DeleteOneAsync(Session, c => c.Id == id, cancellationToken: cancellationToken);
    }

    public Task<long> AdjustReplyCountAsync(Guid threadId, long delta, CancellationToken cancellationToken) =>
        IncrementCommentAsync(threadId, Builders<CommentDocument>.Update.Inc(c => c.ReplyCount, delta), c => c.ReplyCount, cancellationToken);

    public async Task<bool> InsertCommentLikeAsync(CommentRecord comment, Guid userId, CancellationToken cancellationToken)
    {
        var result = await _collections.CommentLikes.UpdateOneAsync(
            Session,
            Builders<CommentLikeDocument>.Filter.Eq(l => l.Id, CommentLikeDocument.IdOf(comment.CommentId, userId)),
            Builders<CommentLikeDocument>.Update
                .SetOnInsert(l => l.CommentId, comment.CommentId.ToString())
                .SetOnInsert(l => l.UserId, userId.ToString())
                .SetOnInsert(l => l.CreatedAt, At.UtcDateTime),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);
        return result.UpsertedId is not null;
    }

    public async Task<bool> DeleteCommentLikeAsync(Guid commentId, Guid userId, CancellationToken cancellationToken)
    {
        var id = CommentLikeDocument.IdOf(commentId, userId);
        return (await _collections.CommentLikes.DeleteOneAsync(Session, l => l.Id == id, cancellationToken: cancellationToken)).DeletedCount == 1;
    }

    public Task<long> AdjustCommentLikesAsync(Guid commentId, long delta, CancellationToken cancellationToken) =>
        IncrementCommentAsync(commentId, Builders<CommentDocument>.Update.Inc(c => c.LikesCount, delta), c => c.LikesCount, cancellationToken);

    public async Task<IReadOnlyList<CommentRecord>> CommentsOnContentOfAsync(Guid authorId, Guid ownerId, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var filters = Builders<CommentDocument>.Filter;
        var filter = filters.Eq(c => c.AuthorId, authorId.ToString()) & filters.Eq(c => c.OwnerId, ownerId.ToString())
            & filters.Lt(c => c.CreatedAt, before.UtcDateTime) & filters.Eq(c => c.Deleted, false);
        return [.. (await _collections.Comments.Find(Session, filter).ToListAsync(cancellationToken)).Select(c => c.ToRecord())];
    }

    public async Task<IReadOnlyList<CommentRecord>> CommentsByAsync(Guid authorId, CancellationToken cancellationToken)
    {
        var author = authorId.ToString();
        return [.. (await _collections.Comments.Find(Session, c => c.AuthorId == author && !c.Deleted).ToListAsync(cancellationToken)).Select(c => c.ToRecord())];
    }

    public async Task<IReadOnlyList<CommentRecord>> DeleteCommentLikesOnContentOfAsync(
        Guid userId, Guid ownerId, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var user = userId.ToString();
        var likes = Builders<CommentLikeDocument>.Filter;
        var given = await _collections.CommentLikes.Find(Session, likes.Eq(l => l.UserId, user) & likes.Lt(l => l.CreatedAt, before.UtcDateTime))
            .ToListAsync(cancellationToken);
        if (given.Count == 0)
        {
            return [];
        }

        var comments = Builders<CommentDocument>.Filter;
        var onOwners = await _collections.Comments.Find(
                Session, comments.In(c => c.Id, given.Select(l => l.CommentId)) & comments.Eq(c => c.OwnerId, ownerId.ToString()))
            .ToListAsync(cancellationToken);
        if (onOwners.Count > 0)
        {
            var ids = onOwners.Select(c => CommentLikeDocument.IdOf(Guid.Parse(c.Id), userId));
            await _collections.CommentLikes.DeleteManyAsync(Session, likes.In(l => l.Id, ids), cancellationToken: cancellationToken);
        }

        return [.. onOwners.Select(c => c.ToRecord())];
    }

    public async Task<IReadOnlyList<CommentRecord>> DeleteCommentLikesByAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = userId.ToString();
        var liked = await _collections.CommentLikes.Find(Session, l => l.UserId == user).Project(l => l.CommentId).ToListAsync(cancellationToken);
        if (liked.Count == 0)
        {
            return [];
        }

        var comments = await _collections.Comments.Find(Session, Builders<CommentDocument>.Filter.In(c => c.Id, liked)).ToListAsync(cancellationToken);
        await _collections.CommentLikes.DeleteManyAsync(Session, l => l.UserId == user, cancellationToken: cancellationToken);
        return [.. comments.Select(c => c.ToRecord())];
    }

    public async Task<ItemCounters?> ReadCounterAsync(Guid contentId, CancellationToken cancellationToken)
    {
        var id = contentId.ToString();
        return await _collections.Content.Find(Session, c => c.Id == id).AnyAsync(cancellationToken)
            ? await MongoEngagementReads.ReadCounterAsync(_collections, Session, id, cancellationToken)
            : null;
    }

    private async Task DeleteLikesAndEditsOfAsync(string commentId, CancellationToken cancellationToken)
    {
        await _collections.CommentLikes.DeleteManyAsync(Session, l => l.CommentId == commentId, cancellationToken: cancellationToken);
        await _collections.CommentEdits.DeleteManyAsync(Session, e => e.CommentId == commentId, cancellationToken: cancellationToken);
    }

    /// <summary>Applies an increment to one comment and returns the field's value after it (0 when there is no such comment).</summary>
    private async Task<long> IncrementCommentAsync(
        Guid commentId, UpdateDefinition<CommentDocument> update, Func<CommentDocument, long> field, CancellationToken cancellationToken)
    {
        var updated = await _collections.Comments.FindOneAndUpdateAsync(
            Session,
            Builders<CommentDocument>.Filter.Eq(c => c.Id, commentId.ToString()),
            update,
            new FindOneAndUpdateOptions<CommentDocument> { ReturnDocument = ReturnDocument.After },
            cancellationToken);
        return updated is null ? 0 : field(updated);
    }

    /// <summary>Reads the likes the filter matches and deletes them, in this transaction's snapshot.</summary>
    private async Task<IReadOnlyList<LikedItem>> DeleteLikesAsync(FilterDefinition<LikeDocument> filter, CancellationToken cancellationToken)
    {
        var likes = await _collections.Likes.Find(Session, filter).ToListAsync(cancellationToken);
        if (likes.Count > 0)
        {
            await _collections.Likes.DeleteManyAsync(Session, Builders<LikeDocument>.Filter.In(l => l.Id, likes.Select(l => l.Id)), cancellationToken: cancellationToken);
        }

        return [.. likes.Select(l => l.ToLikedItem())];
    }
}
