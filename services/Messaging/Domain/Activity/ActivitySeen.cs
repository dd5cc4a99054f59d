using Social.Messaging.Storage;

namespace Social.Messaging.Domain.Activity;

/// <summary>Marks a user's activity seen, up to an entry or all of it, lowering the badge in the same transaction.</summary>
public sealed class ActivitySeen(IMessagingStore store)
{
    /// <summary>The badges after marking; null when <paramref name="upTo"/> names no entry of the user's.</summary>
    public Task<Badges?> MarkSeenAsync(Guid userId, Guid? upTo, CancellationToken cancellationToken) =>
        store.WriteAsync<Badges?>(
            async (transaction, ct) =>
            {
                Guid? position = null;
                if (upTo is { } activityId)
                {
                    if (await transaction.ReadActivityByIdAsync(userId, activityId, ct) is not { } entry)
                    {
                        return null;
                    }

                    position = entry.Position;
                }

                var changes = new ActivityChanges(transaction);
                changes.Unseen(userId, -await transaction.MarkActivitySeenAsync(userId, position, ct));
                await changes.FlushAsync(ct);
                return BadgeRules.Shown(await transaction.ReadBadgesAsync(userId, ct));
            },
            cancellationToken);
}
