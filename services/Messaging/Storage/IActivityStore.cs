using Social.Messaging.Domain.Activity;

namespace Social.Messaging.Storage;

/// <summary>The activity inbox's reads outside a transaction: one range of the recipient's entries by position, and point reads.</summary>
public interface IActivityStore
{
    /// <summary>A page of the recipient's entries, newest position first, below <paramref name="before"/>.</summary>
    Task<ActivityPage> ListActivityAsync(Guid recipientId, Guid? before, int limit, CancellationToken cancellationToken);

    /// <summary>The user's stored badge numbers: one point read.</summary>
    Task<Badges> BadgesAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Deletes up to <paramref name="max"/> retraction markers and removed-object marks older than <paramref name="before"/>; answers how many.</summary>
    Task<int> PurgeActivityMarkersAsync(DateTimeOffset before, int max, CancellationToken cancellationToken);
}
