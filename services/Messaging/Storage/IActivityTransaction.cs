using Social.Messaging.Domain.Activity;

namespace Social.Messaging.Storage;

/// <summary>
/// The activity inbox's statements in a Messaging write transaction: the causes heard (present, or retraction
/// markers), the entries they form, removed objects, and the badge numbers that every change of them or of a member row
/// adjusts. Nothing here decides: which group a cause
/// joins, which state wins and what the badge becomes are <see cref="ActivityRules"/>'.
/// </summary>
public interface IActivityTransaction
{
    Task<ActivityActor?> ReadActivityActorAsync(ActivityKey key, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces the state of the cause.</summary>
    Task WriteActivityActorAsync(ActivityActor actor, CancellationToken cancellationToken);

    Task DeleteActivityActorAsync(ActivityKey key, CancellationToken cancellationToken);

    /// <summary>The newest <paramref name="limit"/> present actors of the recipient's entry <paramref name="groupKey"/>, newest first.</summary>
    Task<IReadOnlyList<Guid>> NewestActivityActorsAsync(Guid recipientId, string groupKey, int limit, CancellationToken cancellationToken);

    /// <summary>Every cause state (present or marker) naming this content item or comment as where it happened.</summary>
    Task<IReadOnlyList<ActivityActor>> ActivityActorsOnAsync(Guid objectId, CancellationToken cancellationToken);

    /// <summary>Every cause state whose actor is <paramref name="actorId"/>, for <paramref name="recipientId"/> (null: for anyone).</summary>
    Task<IReadOnlyList<ActivityActor>> ActivityActorsByAsync(Guid actorId, Guid? recipientId, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> cause states whose actor is <paramref name="actorId"/>, for anyone.</summary>
    Task<IReadOnlyList<ActivityActor>> ActivityActorsByAsync(Guid actorId, int limit, CancellationToken cancellationToken);

    Task<ActivityEntry?> ReadActivityAsync(Guid recipientId, string groupKey, CancellationToken cancellationToken);

    Task<ActivityEntry?> ReadActivityByIdAsync(Guid recipientId, Guid activityId, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces the recipient's entry with this group key.</summary>
    Task WriteActivityAsync(ActivityEntry entry, CancellationToken cancellationToken);

    Task DeleteActivityAsync(Guid recipientId, string groupKey, CancellationToken cancellationToken);

    /// <summary>Marks the recipient's unseen entries at or below <paramref name="upToPosition"/> (null: all) seen; answers how many changed.</summary>
    Task<long> MarkActivitySeenAsync(Guid recipientId, Guid? upToPosition, CancellationToken cancellationToken);

    /// <summary>Adds the deltas to the user's stored badge numbers; answers the numbers now.</summary>
    Task<Badges> AdjustBadgesAsync(Guid userId, long unreadMessages, long messageRequests, long unseenActivity, CancellationToken cancellationToken);

    /// <summary>The user's stored badge numbers (zeros when none are stored).</summary>
    Task<Badges> ReadBadgesAsync(Guid userId, CancellationToken cancellationToken);

    Task<bool> IsObjectRemovedAsync(Guid objectId, CancellationToken cancellationToken);

    /// <summary>Remembers that a content item or comment is gone, so causes on it that arrive later are not kept.</summary>
    Task WriteRemovedObjectAsync(Guid objectId, DateTimeOffset removedAt, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes up to <paramref name="max"/> of the user's entries, or when none is left up to <paramref name="max"/> of the
    /// causes they received, or when none is left either their badge numbers; answers how many entries and causes went
    /// (0: the inbox is gone).
    /// </summary>
    Task<int> DeleteActivityOfAsync(Guid recipientId, int max, CancellationToken cancellationToken);

    /// <summary>Records that a deleted user's activity is to be removed (<see cref="ActivityRemovals"/>); the record is the removal's progress marker.</summary>
    Task ScheduleActivityRemovalAsync(Guid userId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The user whose activity removal was scheduled first and is not finished; null when none is.</summary>
    Task<Guid?> NextActivityRemovalAsync(CancellationToken cancellationToken);

    Task CompleteActivityRemovalAsync(Guid userId, CancellationToken cancellationToken);
}
