using Social.Graph.Domain.Edges;
using Social.Graph.Domain.Policy;
using Social.Graph.Domain.Relationships;
using Social.Graph.Domain.Users;
using Social.KnownUsers;

namespace Social.Graph.Storage;

/// <summary>
/// Graph's storage port. Adapters: SQLite (default), MongoDB. They read facts and write state and events; every
/// decision is the domain's (<c>Social.Graph.Domain</c>), so the two databases cannot disagree. Writes run in
/// <see cref="WriteAsync{T}"/> (or, for consumers, <see cref="IKnownUsersStore{T}.ApplyOnceAsync"/>): one transaction
/// for the edges, both users' counts and the events. Counts are stored, never computed from edges on the request path;
/// lists and checks use point lookups and index ranges only, so their cost does not grow with a follower count.
/// </summary>
public interface IGraphStore : IKnownUsersStore<IGraphTransaction>
{
    /// <summary>Runs <paramref name="work"/> in one write transaction with the events it publishes.</summary>
    Task<T> WriteAsync<T>(Func<IGraphTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>The user's stored counts, the sums of their shards (point lookups, as many as there are shards); null when the user is unknown.</summary>
    Task<FollowCounts?> GetCountsAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// A page of <paramref name="owner"/>'s list, newest first, starting after the edge <paramref name="after"/>. Seen
    /// by another user (<paramref name="viewer"/>), a followers or following list leaves out whoever is blocked either
    /// way with the viewer: they do not exist for each other.
    /// </summary>
    Task<EdgePage> ListAsync(EdgeList list, Guid owner, Guid? viewer, Guid? after, int limit, CancellationToken cancellationToken);

    Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(Guid viewer, IReadOnlyCollection<Guid> users, CancellationToken cancellationToken);

    Task<PolicyFacts> GetPolicyFactsAsync(Guid actor, Guid target, CancellationToken cancellationToken);

    /// <summary>
    /// Every user's stored counts (the sums of their shards) beside the counts of their edges (an operations scan,
    /// never on the request path).
    /// </summary>
    IAsyncEnumerable<CounterDrift> ReadCountersAsync(CancellationToken cancellationToken);
}
