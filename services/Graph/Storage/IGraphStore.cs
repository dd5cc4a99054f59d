using Social.Graph.Edges;
using Social.Graph.Policy;
using Social.Graph.Relationships;
using Social.Graph.Users;
using Social.EventBus.Inbox;

namespace Social.Graph.Storage;

/// <summary>
/// Graph's storage port. Adapters: SQLite (default), MongoDB. Every write is one transaction: the edges, both users'
/// counts and the events (outbox) change together, and a repeated call changes nothing. Counts are stored, never
/// computed from edges on the request path; lists and checks use point lookups and index ranges only, so their cost
/// does not grow with a user's follower count.
/// </summary>
public interface IGraphStore
{
    /// <summary>Adds the user once per <paramref name="receipt"/>; false when that message was already applied.</summary>
    Task<bool> AddUserAsync(GraphUser user, MessageReceipt receipt, CancellationToken cancellationToken);

    /// <summary>
    /// Forgets the user once per <paramref name="receipt"/>: every edge they had, fixing the other users' counts, and
    /// remembers that they are gone, so that a late AccountCreated (events of different kinds may be consumed out of
    /// order) cannot bring them back.
    /// </summary>
    Task<bool> RemoveUserAsync(Guid userId, MessageReceipt receipt, CancellationToken cancellationToken);

    /// <summary>
    /// Applies settings once per <paramref name="receipt"/>, unless newer ones are already stored. An account going
    /// public accepts every waiting request.
    /// </summary>
    Task<bool> ApplySettingsAsync(UserSettings settings, MessageReceipt receipt, CancellationToken cancellationToken);

    Task<GraphUser?> FindUserAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The user's settings as applied, or the defaults when none arrived yet.</summary>
    Task<UserSettings> GetSettingsAsync(Guid userId, CancellationToken cancellationToken);

    Task<FollowCounts?> GetCountsAsync(Guid userId, CancellationToken cancellationToken);

    Task<FollowOutcome> FollowAsync(Guid actor, Guid target, CancellationToken cancellationToken);

    /// <summary>Removes the follow edge or the pending request from <paramref name="actor"/> to <paramref name="target"/>.</summary>
    Task UnfollowAsync(Guid actor, Guid target, CancellationToken cancellationToken);

    /// <summary>Turns <paramref name="requester"/>'s request into a follow; false when no such request waits.</summary>
    Task<bool> AcceptRequestAsync(Guid owner, Guid requester, CancellationToken cancellationToken);

    /// <summary>Drops <paramref name="requester"/>'s request; false when no such request waits.</summary>
    Task<bool> DeclineRequestAsync(Guid owner, Guid requester, CancellationToken cancellationToken);

    Task RemoveFollowerAsync(Guid owner, Guid follower, CancellationToken cancellationToken);

    /// <summary>Blocks; false when the target is unknown or deleted.</summary>
    Task<bool> BlockAsync(Guid actor, Guid target, CancellationToken cancellationToken);

    Task UnblockAsync(Guid actor, Guid target, CancellationToken cancellationToken);

    /// <summary>Mutes (until <paramref name="expiresAt"/> when given); false when the target is unknown or deleted.</summary>
    Task<bool> MuteAsync(Guid actor, Guid target, DateTimeOffset? expiresAt, CancellationToken cancellationToken);

    Task UnmuteAsync(Guid actor, Guid target, CancellationToken cancellationToken);

    /// <summary>Adds a close friend; false when the member is unknown or deleted.</summary>
    Task<bool> AddCloseFriendAsync(Guid owner, Guid member, CancellationToken cancellationToken);

    Task RemoveCloseFriendAsync(Guid owner, Guid member, CancellationToken cancellationToken);

    /// <summary>
    /// A page of <paramref name="owner"/>'s list, newest first, starting after the edge <paramref name="after"/>. Seen
    /// by another user (<paramref name="viewer"/>), a followers or following list leaves out whoever is blocked either
    /// way with the viewer: they do not exist for each other.
    /// </summary>
    Task<EdgePage> ListAsync(EdgeList list, Guid owner, Guid? viewer, Guid? after, int limit, CancellationToken cancellationToken);

    Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(Guid viewer, IReadOnlyCollection<Guid> users, CancellationToken cancellationToken);

    Task<PolicyFacts> GetPolicyFactsAsync(Guid actor, Guid target, CancellationToken cancellationToken);

    /// <summary>Recomputes every user's counts from the edges; with <paramref name="repair"/>, stores and publishes the corrected ones.</summary>
    Task<CounterReconciliation> ReconcileCountersAsync(bool repair, CancellationToken cancellationToken);
}
