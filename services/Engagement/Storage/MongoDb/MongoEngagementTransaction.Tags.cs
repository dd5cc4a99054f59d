using MongoDB.Driver;
using Social.Engagement.Domain.Tags;

namespace Social.Engagement.Storage.MongoDb;

/// <summary>Tag statements: one document per (content, user), found by user for lists, deletions and blocks.</summary>
public sealed partial class MongoEngagementTransaction
{
    public async Task<bool> InsertTagAsync(TagRecord tag, CancellationToken cancellationToken)
    {
        var result = await _collections.Tags.UpdateOneAsync(
            Session,
            Builders<TagDocument>.Filter.Eq(t => t.Id, TagDocument.IdOf(tag.ContentId, tag.UserId)),
            Builders<TagDocument>.Update
                .SetOnInsert(t => t.ContentId, tag.ContentId.ToString())
                .SetOnInsert(t => t.UserId, tag.UserId.ToString())
                .SetOnInsert(t => t.OwnerId, tag.OwnerId.ToString())
                .SetOnInsert(t => t.TagId, tag.TagId.ToString())
                .SetOnInsert(t => t.CreatedAt, tag.CreatedAt.UtcDateTime),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);
        return result.UpsertedId is not null;
    }

    public async Task<TagRecord?> DeleteTagAsync(Guid contentId, Guid userId, CancellationToken cancellationToken)
    {
        var id = TagDocument.IdOf(contentId, userId);
        return (await _collections.Tags.FindOneAndDeleteAsync(Session, t => t.Id == id, cancellationToken: cancellationToken))?.ToRecord();
    }

    public async Task<int> CountTagsAsync(Guid contentId, CancellationToken cancellationToken)
    {
        var id = contentId.ToString();
        return (int)await _collections.Tags.CountDocumentsAsync(Session, t => t.ContentId == id, cancellationToken: cancellationToken);
    }

    public Task<IReadOnlyList<TagRecord>> DeleteTagsBetweenAsync(Guid userA, Guid userB, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var filters = Builders<TagDocument>.Filter;
        var (a, b) = (userA.ToString(), userB.ToString());
        var pair = (filters.Eq(t => t.OwnerId, a) & filters.Eq(t => t.UserId, b)) | (filters.Eq(t => t.OwnerId, b) & filters.Eq(t => t.UserId, a));
        return DeleteTagsAsync(pair & filters.Lt(t => t.CreatedAt, before.UtcDateTime), cancellationToken);
    }

    public Task<IReadOnlyList<TagRecord>> DeleteTagsOfUserAsync(Guid userId, CancellationToken cancellationToken) =>
        DeleteTagsAsync(Builders<TagDocument>.Filter.Eq(t => t.UserId, userId.ToString()), cancellationToken);

    /// <summary>Reads the tags the filter matches and deletes them, in this transaction's snapshot.</summary>
    private async Task<IReadOnlyList<TagRecord>> DeleteTagsAsync(FilterDefinition<TagDocument> filter, CancellationToken cancellationToken)
    {
        var tags = await _collections.Tags.Find(Session, filter).ToListAsync(cancellationToken);
        if (tags.Count > 0)
        {
            await _collections.Tags.DeleteManyAsync(Session, Builders<TagDocument>.Filter.In(t => t.Id, tags.Select(t => t.Id)), cancellationToken: cancellationToken);
        }

        return [.. tags.Select(t => t.ToRecord())];
    }
}
