using Social.ServiceDefaults.Ids;
using Social.Messaging.Storage;

namespace Social.Messaging.Domain.Activity;

/// <summary>
/// The inbox's writes inside a transaction, shared by its consumers, the block replica and account deletion. Each
/// cause keeps its newest state (<see cref="ActivityRules.Supersedes"/>), so a duplicate changes nothing and an undo
/// heard first leaves a marker that its late cause cannot get past.
/// </summary>
public static class ActivityWrites
{
    /// <summary>Applies one cause; <paramref name="facts"/> answers what it is checked against (shared by the causes of one transaction).</summary>
    public static async Task ApplyAsync(IMessagingTransaction transaction, ActivityChanges changes, ActivityFacts facts, ActivityCause cause, CancellationToken cancellationToken)
    {
        var stored = await transaction.ReadActivityActorAsync(cause.Key, cancellationToken);
        if (!ActivityRules.Supersedes(stored, cause))
        {
            return;
        }

        if (!cause.Present || stored is { Present: true })
        {
            // An undo (a marker whether or not its cause was heard), or a live cause heard again later: only the time moves.
            await transaction.WriteActivityActorAsync(
                new ActivityActor(cause.Key, cause.Present, cause.At, stored?.GroupKey, stored?.ActedAt ?? cause.At, cause.ContentId ?? stored?.ContentId, cause.CommentId ?? stored?.CommentId),
                cancellationToken);
            if (!cause.Present && stored is { Present: true, GroupKey: { } left })
            {
                await LeaveAsync(transaction, changes, cause.RecipientId, left, cancellationToken);
            }

            return;
        }

        if (await RemovedAsync(facts, cause, cancellationToken)
            || ActivityRules.BlockedWhen(
                await facts.BlockAsync(cause.RecipientId, cause.ActorId, cancellationToken),
                await facts.BlockAsync(cause.ActorId, cause.RecipientId, cancellationToken),
                cause.At)
            || await facts.IsDeletedAsync(cause.ActorId, cancellationToken)
            || await facts.IsDeletedAsync(cause.RecipientId, cancellationToken))
        {
            return;
        }

        var groupKey = ActivityRules.GroupKey(cause);
        await transaction.WriteActivityActorAsync(new ActivityActor(cause.Key, true, cause.At, groupKey, cause.At, cause.ContentId, cause.CommentId), cancellationToken);
        var before = await transaction.ReadActivityAsync(cause.RecipientId, groupKey, cancellationToken);
        var newest = await transaction.NewestActivityActorsAsync(cause.RecipientId, groupKey, ActivityRules.NewestActors, cancellationToken);
        var after = ActivityRules.Joined(before, cause, groupKey, OrderedIds.CreateVersion7(transaction.At), newest);
        await transaction.WriteActivityAsync(after, cancellationToken);
        changes.Entry(cause.RecipientId, after.ActivityId, before is null ? ActivityChangeKinds.Added : ActivityChangeKinds.Updated, ActivityRules.UnseenDelta(before, after));
    }

    /// <summary>A content item or comment is gone: everything it caused leaves, and causes on it heard later are not kept.</summary>
    public static async Task RemoveObjectAsync(IMessagingTransaction transaction, ActivityChanges changes, Guid objectId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await transaction.WriteRemovedObjectAsync(objectId, at, cancellationToken);
        foreach (var actor in await transaction.ActivityActorsOnAsync(objectId, cancellationToken))
        {
            await ForgetAsync(transaction, changes, actor, cancellationToken);
        }
    }

    /// <summary>
    /// A block: what each of the pair did leaves the other's inbox. Each cause is retracted as of the block rather than
    /// forgotten, so a cause from before the block that arrives after an unblock stays out.
    /// </summary>
    public static async Task SeparateAsync(IMessagingTransaction transaction, ActivityChanges changes, Guid one, Guid other, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var between = (await transaction.ActivityActorsByAsync(one, other, cancellationToken)).Concat(await transaction.ActivityActorsByAsync(other, one, cancellationToken));
        foreach (var actor in between.ToList())
        {
            await transaction.WriteActivityActorAsync(actor with { Present = false, ChangedAt = actor.ChangedAt > at ? actor.ChangedAt : at }, cancellationToken);
            if (actor is { Present: true, GroupKey: { } groupKey })
            {
                await LeaveAsync(transaction, changes, actor.Key.RecipientId, groupKey, cancellationToken);
            }
        }
    }

    /// <summary>
    /// One bounded step of a deleted account's removal: first they leave everyone else's inbox, <paramref name="batchSize"/>
    /// causes at a time, then their own inbox goes, <paramref name="batchSize"/> rows at a time. True when nothing is left.
    /// </summary>
    public static async Task<bool> RemoveUserBatchAsync(IMessagingTransaction transaction, ActivityChanges changes, Guid userId, int batchSize, CancellationToken cancellationToken)
    {
        var acted = await transaction.ActivityActorsByAsync(userId, batchSize, cancellationToken);
        foreach (var actor in acted)
        {
            await ForgetAsync(transaction, changes, actor, cancellationToken);
        }

        return acted.Count == 0 && await transaction.DeleteActivityOfAsync(userId, batchSize, cancellationToken) == 0;
    }

    private static async Task ForgetAsync(IMessagingTransaction transaction, ActivityChanges changes, ActivityActor actor, CancellationToken cancellationToken)
    {
        await transaction.DeleteActivityActorAsync(actor.Key, cancellationToken);
        if (actor is { Present: true, GroupKey: { } groupKey })
        {
            await LeaveAsync(transaction, changes, actor.Key.RecipientId, groupKey, cancellationToken);
        }
    }

    private static async Task LeaveAsync(IMessagingTransaction transaction, ActivityChanges changes, Guid recipientId, string groupKey, CancellationToken cancellationToken)
    {
        if (await transaction.ReadActivityAsync(recipientId, groupKey, cancellationToken) is not { } before)
        {
            return;
        }

        var newest = await transaction.NewestActivityActorsAsync(recipientId, groupKey, ActivityRules.NewestActors, cancellationToken);
        if (ActivityRules.Left(before, newest) is { } after)
        {
            await transaction.WriteActivityAsync(after, cancellationToken);
            changes.Entry(recipientId, after.ActivityId, ActivityChangeKinds.Updated, ActivityRules.UnseenDelta(before, after));
        }
        else
        {
            await transaction.DeleteActivityAsync(recipientId, groupKey, cancellationToken);
            changes.Entry(recipientId, before.ActivityId, ActivityChangeKinds.Removed, ActivityRules.UnseenDelta(before, null));
        }
    }

    private static async Task<bool> RemovedAsync(ActivityFacts facts, ActivityCause cause, CancellationToken cancellationToken) =>
        (cause.ContentId is { } contentId && await facts.IsObjectRemovedAsync(contentId, cancellationToken))
        || (cause.CommentId is { } commentId && await facts.IsObjectRemovedAsync(commentId, cancellationToken));
}
