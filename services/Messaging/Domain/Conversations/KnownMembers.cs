using Social.KnownUsers;
using Social.Messaging.Storage;

namespace Social.Messaging.Domain.Conversations;

/// <summary>
/// Whether users are accounts Messaging knows: from Profile's events, or asked of Profile once for those no event has
/// announced yet (only misses pay for that).
/// </summary>
public sealed class KnownMembers(IMessagingStore store, KnownUsers<IMessagingTransaction> users)
{
    public async Task<bool> AllKnownAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        var missing = new List<Guid>();
        foreach (var userId in userIds)
        {
            if (await store.FindUserAsync(userId, cancellationToken) is null)
            {
                missing.Add(userId);
            }
        }

        if (missing.Count == 0)
        {
            return true;
        }

        await users.LearnAsync(missing, cancellationToken);
        foreach (var userId in missing)
        {
            if (await store.FindUserAsync(userId, cancellationToken) is null)
            {
                return false;
            }
        }

        return true;
    }
}
