using Social.Graph.Domain.Edges;
using Social.Graph.Domain.Policy;
using Social.Graph.Domain.Users;
using Social.KnownUsers;

namespace Social.Graph.Storage;

/// <summary>
/// The statements of one graph write transaction: facts read and state written in it. Each write says what it did
/// (inserted, deleted, the counts now stored) and decides nothing; the domain raises the events.
/// </summary>
public interface IGraphTransaction : IKnownUsersTransaction
{
    Task<PolicyFacts> ReadPolicyFactsAsync(Guid actor, Guid target, CancellationToken cancellationToken);

    /// <summary>
    /// Makes this transaction conflict with any other that claims the same pair of users, whichever way round, before it
    /// reads the pair's facts. Writes that could break the pair's invariant together (a block and a follow, each
    /// reading the other's edge as absent) then never both commit: the later one runs again and sees the first.
    /// Where writers are serialized (SQLite) there is nothing to do.
    /// </summary>
    Task ClaimPairAsync(Guid first, Guid second, CancellationToken cancellationToken);

    /// <summary>Inserts the <paramref name="kind"/> edge source → target, made now, unless the pair has one; true when inserted.</summary>
    Task<bool> InsertEdgeAsync(EdgeKind kind, Guid source, Guid target, Guid edgeId, CancellationToken cancellationToken);

    /// <summary>Deletes the <paramref name="kind"/> edge source → target; true when there was one.</summary>
    Task<bool> DeleteEdgeAsync(EdgeKind kind, Guid source, Guid target, CancellationToken cancellationToken);

    /// <summary>Inserts the mute, or gives the one there (its place in the list kept) the new expiry.</summary>
    Task UpsertMuteAsync(Guid muter, Guid muted, Guid edgeId, DateTimeOffset? expiresAt, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> of whoever waits for <paramref name="target"/>'s answer, oldest request first.</summary>
    Task<IReadOnlyList<Guid>> RequestersOfAsync(Guid target, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Adds to one shard of the user's counts (made at 0 if there is none) and bumps its version; returns the shard now
    /// stored. Adding 0 only bumps the version.
    /// </summary>
    Task<FollowCountsShard> AdjustCountsAsync(Guid userId, int shard, long followers, long following, CancellationToken cancellationToken);

    /// <summary>Adds to the same shard of the counts of each of <paramref name="users"/> in bulk; returns the shards now stored.</summary>
    Task<IReadOnlyList<FollowCountsShard>> AdjustCountsOfAsync(
        IReadOnlyCollection<Guid> users, int shard, long followers, long following, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes up to <paramref name="max"/> follows on one side of <paramref name="userId"/> (whom they follow, or who
    /// follows them); returns the users at the other end of the deleted edges.
    /// </summary>
    Task<IReadOnlyList<Guid>> DeleteFollowsOfAsync(Guid userId, EdgeList side, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes up to <paramref name="max"/> of each other kind of edge that touches the user (requests, blocks, mutes,
    /// close friends, either way); returns how many went.
    /// </summary>
    Task<int> DeleteOtherEdgesOfAsync(Guid userId, int max, CancellationToken cancellationToken);

    /// <summary>Deletes every shard of the user's counts.</summary>
    Task DeleteCountsAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Records a fan-out to carry out; recording one already pending changes nothing.</summary>
    Task ScheduleFanOutAsync(PendingFanOut work, CancellationToken cancellationToken);

    /// <summary>The oldest pending fan-out, or null.</summary>
    Task<PendingFanOut?> NextFanOutAsync(CancellationToken cancellationToken);

    Task CompleteFanOutAsync(PendingFanOut work, CancellationToken cancellationToken);

    /// <summary>
    /// The user's stored counts (the sums of their shards) beside the counts of their edges, in this transaction; null
    /// when the user is unknown.
    /// </summary>
    Task<CounterDrift?> ReadCounterAsync(Guid userId, CancellationToken cancellationToken);
}
