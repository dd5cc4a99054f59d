using MongoDB.Driver;
using Social.Messaging.Domain.Activity;

namespace Social.Messaging.Storage.MongoDb;

/// <summary>The activity inbox's writes in a MongoDB transaction: causes, entries and marks keyed by their natural ids, written as upserts.</summary>
public sealed partial class MongoMessagingTransaction
{
    private static readonly ReplaceOptions Upsert = new() { IsUpsert = true };

    public async Task<ActivityActor?> ReadActivityActorAsync(ActivityKey key, CancellationToken cancellationToken)
    {
        var id = ActivityCauseDocument.IdOf(key);
        return (await _collections.ActivityCauses.Find(Session, c => c.Id == id).FirstOrDefaultAsync(cancellationToken))?.ToRecord();
    }

    public Task WriteActivityActorAsync(ActivityActor actor, CancellationToken cancellationToken)
    {
        var document = ActivityCauseDocument.From(actor);
        return _collections.ActivityCauses.ReplaceOneAsync(Session, c => c.Id == document.Id, document, Upsert, cancellationToken);
    }

    public Task DeleteActivityActorAsync(ActivityKey key, CancellationToken cancellationToken)
    {
        var id = ActivityCauseDocument.IdOf(key);
        return _collections.ActivityCauses.DeleteOneAsync(Session, c => c.Id == id, cancellationToken: cancellationToken);
    }

    public async Task<IReadOnlyList<Guid>> NewestActivityActorsAsync(Guid recipientId, string groupKey, int limit, CancellationToken cancellationToken)
    {
        var recipient = recipientId.ToString();
        var actors = await _collections.ActivityCauses.Find(Session, c => c.RecipientId == recipient && c.GroupKey == groupKey && c.Present)
            .SortByDescending(c => c.ActedAt).ThenByDescending(c => c.ActorId).Limit(limit).Project(c => c.ActorId).ToListAsync(cancellationToken);
        return [.. actors.Select(Guid.Parse)];
    }

    public async Task<IReadOnlyList<ActivityActor>> ActivityActorsOnAsync(Guid objectId, CancellationToken cancellationToken)
    {
        var id = objectId.ToString();
        var documents = await _collections.ActivityCauses.Find(Session, c => c.ContentId == id || c.CommentId == id).ToListAsync(cancellationToken);
        return [.. documents.Select(d => d.ToRecord())];
    }

    public async Task<IReadOnlyList<ActivityActor>> ActivityActorsByAsync(Guid actorId, Guid? recipientId, CancellationToken cancellationToken)
    {
        var filter = Builders<ActivityCauseDocument>.Filter.Eq(c => c.ActorId, actorId.ToString());
        if (recipientId is { } recipient)
        {
            filter &= Builders<ActivityCauseDocument>.Filter.Eq(c => c.RecipientId, recipient.ToString());
        }

        var documents = await _collections.ActivityCauses.Find(Session, filter).ToListAsync(cancellationToken);
        return [.. documents.Select(d => d.ToRecord())];
    }

    public async Task<ActivityEntry?> ReadActivityAsync(Guid recipientId, string groupKey, CancellationToken cancellationToken)
    {
        var id = ActivityDocument.IdOf(recipientId, groupKey);
        return (await _collections.Activities.Find(Session, a => a.Id == id).FirstOrDefaultAsync(cancellationToken))?.ToRecord();
    }

    public async Task<ActivityEntry?> ReadActivityByIdAsync(Guid recipientId, Guid activityId, CancellationToken cancellationToken)
    {
        var (recipient, id) = (recipientId.ToString(), activityId.ToString());
        return (await _collections.Activities.Find(Session, a => a.RecipientId == recipient && a.ActivityId == id).FirstOrDefaultAsync(cancellationToken))?.ToRecord();
    }

    public Task WriteActivityAsync(ActivityEntry entry, CancellationToken cancellationToken)
    {
        var document = ActivityDocument.From(entry);
        return _collections.Activities.ReplaceOneAsync(Session, a => a.Id == document.Id, document, Upsert, cancellationToken);
    }

    public Task DeleteActivityAsync(Guid recipientId, string groupKey, CancellationToken cancellationToken)
    {
        var id = ActivityDocument.IdOf(recipientId, groupKey);
        return _collections.Activities.DeleteOneAsync(Session, a => a.Id == id, cancellationToken: cancellationToken);
    }

    public async Task<long> MarkActivitySeenAsync(Guid recipientId, Guid? upToPosition, CancellationToken cancellationToken)
    {
        var filter = Builders<ActivityDocument>.Filter.Eq(a => a.RecipientId, recipientId.ToString()) & Builders<ActivityDocument>.Filter.Eq(a => a.Seen, false);
        if (upToPosition is { } position)
        {
            filter &= Builders<ActivityDocument>.Filter.Lte(a => a.Position, position.ToString());
        }

        return (await _collections.Activities.UpdateManyAsync(Session, filter, Builders<ActivityDocument>.Update.Set(a => a.Seen, true), cancellationToken: cancellationToken)).ModifiedCount;
    }

    public async Task<Badges> AdjustBadgesAsync(Guid userId, long unreadMessages, long messageRequests, long unseenActivity, CancellationToken cancellationToken)
    {
        var id = userId.ToString();
        var stored = await _collections.Badges.FindOneAndUpdateAsync<BadgeDocument>(
            Session,
            Builders<BadgeDocument>.Filter.Eq(b => b.Id, id),
            Builders<BadgeDocument>.Update.Inc(b => b.UnreadMessages, unreadMessages).Inc(b => b.MessageRequests, messageRequests).Inc(b => b.UnseenActivity, unseenActivity),
            new FindOneAndUpdateOptions<BadgeDocument, BadgeDocument> { IsUpsert = true, ReturnDocument = ReturnDocument.After },
            cancellationToken);
        return stored.ToRecord();
    }

    public async Task<Badges> ReadBadgesAsync(Guid userId, CancellationToken cancellationToken)
    {
        var id = userId.ToString();
        return (await _collections.Badges.Find(Session, b => b.Id == id).FirstOrDefaultAsync(cancellationToken))?.ToRecord() ?? new Badges(0, 0, 0);
    }

    public Task<bool> IsObjectRemovedAsync(Guid objectId, CancellationToken cancellationToken)
    {
        var id = objectId.ToString();
        return _collections.RemovedObjects.Find(Session, r => r.Id == id).AnyAsync(cancellationToken);
    }

    public Task WriteRemovedObjectAsync(Guid objectId, DateTimeOffset removedAt, CancellationToken cancellationToken)
    {
        var id = objectId.ToString();
        return _collections.RemovedObjects.UpdateOneAsync(
            Session, r => r.Id == id, Builders<RemovedObjectDocument>.Update.SetOnInsert(r => r.RemovedAt, removedAt.UtcTicks), new UpdateOptions { IsUpsert = true }, cancellationToken);
    }

    public async Task<IReadOnlyList<ActivityActor>> ActivityActorsByAsync(Guid actorId, int limit, CancellationToken cancellationToken)
    {
        var actor = actorId.ToString();
        var documents = await _collections.ActivityCauses.Find(Session, c => c.ActorId == actor).Limit(limit).ToListAsync(cancellationToken);
        return [.. documents.Select(d => d.ToRecord())];
    }

    public async Task<int> DeleteActivityOfAsync(Guid recipientId, int max, CancellationToken cancellationToken)
    {
        var id = recipientId.ToString();
        var entries = await _collections.Activities.Find(Session, a => a.RecipientId == id).Limit(max).Project(a => a.Id).ToListAsync(cancellationToken);
        if (entries.Count > 0)
        {
            return (int)(await _collections.Activities.DeleteManyAsync(Session, Builders<ActivityDocument>.Filter.In(a => a.Id, entries), cancellationToken: cancellationToken)).DeletedCount;
        }

        var causes = await _collections.ActivityCauses.Find(Session, c => c.RecipientId == id).Limit(max).Project(c => c.Id).ToListAsync(cancellationToken);
        if (causes.Count > 0)
        {
            return (int)(await _collections.ActivityCauses.DeleteManyAsync(Session, Builders<ActivityCauseDocument>.Filter.In(c => c.Id, causes), cancellationToken: cancellationToken)).DeletedCount;
        }

        await _collections.Badges.DeleteOneAsync(Session, b => b.Id == id, cancellationToken: cancellationToken);
        return 0;
    }

    public Task ScheduleActivityRemovalAsync(Guid userId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var id = userId.ToString();
        return _collections.ActivityRemovals.UpdateOneAsync(
            Session, r => r.Id == id, Builders<ActivityRemovalDocument>.Update.SetOnInsert(r => r.ScheduledAt, at.UtcTicks), new UpdateOptions { IsUpsert = true }, cancellationToken);
    }

    public async Task<Guid?> NextActivityRemovalAsync(CancellationToken cancellationToken)
    {
        var next = await _collections.ActivityRemovals.Find(Session, FilterDefinition<ActivityRemovalDocument>.Empty)
            .SortBy(r => r.ScheduledAt).ThenBy(r => r.Id).Limit(1).FirstOrDefaultAsync(cancellationToken);
        return next is null ? null : Guid.Parse(next.Id);
    }

    public Task CompleteActivityRemovalAsync(Guid userId, CancellationToken cancellationToken)
    {
        var id = userId.ToString();
        return _collections.ActivityRemovals.DeleteOneAsync(Session, r => r.Id == id, cancellationToken: cancellationToken);
    }
}
