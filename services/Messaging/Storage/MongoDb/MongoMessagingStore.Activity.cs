using MongoDB.Driver;
using Social.Messaging.Domain.Activity;

namespace Social.Messaging.Storage.MongoDb;

/// <summary>The activity inbox's indexes and reads on MongoDB.</summary>
public sealed partial class MongoMessagingStore
{
    /// <summary>
    /// An entry's newest actors are one range of (recipient, group, present, acted); what a block or deletion takes is
    /// found by (actor, recipient), what a removed item takes by content or comment; a recipient's inbox is one range of
    /// (recipient, position); markers are purged by (present, changed); pending removals are taken oldest first.
    /// </summary>
    private static async Task CreateActivityIndexesAsync(MessagingCollections collections, CancellationToken cancellationToken)
    {
        var causes = Builders<ActivityCauseDocument>.IndexKeys;
        await collections.ActivityCauses.Indexes.CreateManyAsync(
            [
                new CreateIndexModel<ActivityCauseDocument>(causes.Ascending(c => c.RecipientId).Ascending(c => c.GroupKey).Ascending(c => c.Present).Descending(c => c.ActedAt)),
                new CreateIndexModel<ActivityCauseDocument>(causes.Ascending(c => c.ActorId).Ascending(c => c.RecipientId)),
                new CreateIndexModel<ActivityCauseDocument>(causes.Ascending(c => c.ContentId), new CreateIndexOptions { Sparse = true }),
                new CreateIndexModel<ActivityCauseDocument>(causes.Ascending(c => c.CommentId), new CreateIndexOptions { Sparse = true }),
                new CreateIndexModel<ActivityCauseDocument>(causes.Ascending(c => c.Present).Ascending(c => c.ChangedAt)),
            ],
            cancellationToken);
        var entries = Builders<ActivityDocument>.IndexKeys;
        var unique = new CreateIndexOptions { Unique = true };
        await collections.Activities.Indexes.CreateManyAsync(
            [
                new CreateIndexModel<ActivityDocument>(entries.Ascending(a => a.RecipientId).Descending(a => a.Position), unique),
                new CreateIndexModel<ActivityDocument>(entries.Ascending(a => a.RecipientId).Ascending(a => a.ActivityId), unique),
                new CreateIndexModel<ActivityDocument>(entries.Ascending(a => a.RecipientId).Ascending(a => a.Seen).Ascending(a => a.Position)),
            ],
            cancellationToken);
        await collections.RemovedObjects.Indexes.CreateOneAsync(
            new CreateIndexModel<RemovedObjectDocument>(Builders<RemovedObjectDocument>.IndexKeys.Ascending(r => r.RemovedAt)), cancellationToken: cancellationToken);
        await collections.ActivityRemovals.Indexes.CreateOneAsync(
            new CreateIndexModel<ActivityRemovalDocument>(Builders<ActivityRemovalDocument>.IndexKeys.Ascending(r => r.ScheduledAt)), cancellationToken: cancellationToken);
    }

    public async Task<ActivityPage> ListActivityAsync(Guid recipientId, Guid? before, int limit, CancellationToken cancellationToken)
    {
        var filter = Builders<ActivityDocument>.Filter.Eq(a => a.RecipientId, recipientId.ToString());
        if (before is { } position)
        {
            filter &= Builders<ActivityDocument>.Filter.Lt(a => a.Position, position.ToString());
        }

        var documents = await _collections.Activities.Find(filter).SortByDescending(a => a.Position).Limit(limit + 1).ToListAsync(cancellationToken);
        var page = documents.Take(limit).Select(d => d.ToRecord()).ToList();
        return new ActivityPage(page, documents.Count > limit ? page[^1].Position : null);
    }

    public async Task<Badges> BadgesAsync(Guid userId, CancellationToken cancellationToken)
    {
        var id = userId.ToString();
        return (await _collections.Badges.Find(b => b.Id == id).FirstOrDefaultAsync(cancellationToken))?.ToRecord() ?? new Badges(0, 0, 0);
    }

    public async Task<int> PurgeActivityMarkersAsync(DateTimeOffset before, int max, CancellationToken cancellationToken)
    {
        var cutoff = before.UtcTicks;
        var markers = await _collections.ActivityCauses.Find(c => !c.Present && c.ChangedAt < cutoff).SortBy(c => c.ChangedAt).Limit(max).Project(c => c.Id).ToListAsync(cancellationToken);
        var purged = markers.Count == 0 ? 0 : (await _collections.ActivityCauses.DeleteManyAsync(Builders<ActivityCauseDocument>.Filter.In(c => c.Id, markers), cancellationToken)).DeletedCount;
        var removed = await _collections.RemovedObjects.Find(r => r.RemovedAt < cutoff).SortBy(r => r.RemovedAt).Limit(max).Project(r => r.Id).ToListAsync(cancellationToken);
        purged += removed.Count == 0 ? 0 : (await _collections.RemovedObjects.DeleteManyAsync(Builders<RemovedObjectDocument>.Filter.In(r => r.Id, removed), cancellationToken)).DeletedCount;
        return (int)purged;
    }
}
