using Social.EventBus.Inbox;
using Social.Graph.Domain.Edges;
using Social.Graph.Domain.Policy;
using Social.Graph.Domain.Relationships;
using Social.Graph.Domain.Users;
using Social.Graph.Storage;
using Social.KnownUsers;
using Social.Storage.FanOuts;

namespace Social.FunctionalTests.Storage;

/// <summary>
/// The graph as its API and consumers drive it: the domain's use cases over one storage adapter, and the adapter's
/// reads. The conformance suite runs the same scenarios through it on every adapter. A deletion or an account going
/// public is carried out at once (every fan-out batch run), unless a test asks to step through the batches itself.
/// </summary>
public sealed class GraphUnderTest(IGraphStore store, TimeProvider clock, int fanOutBatchSize = FanOutWork.DefaultBatchSize)
{
    /// <summary>No worker listens here: the fan-outs run when the calls below (or a test) run them.</summary>
    private static readonly FanOutSignal<FanOutWork> Unheard = new();

    private readonly Following _following = new(store, clock);
    private readonly Blocking _blocking = new(store, clock);
    private readonly PersonalLists _lists = new(store);
    private readonly CounterReconciler _reconciler = new(store, clock);
    private readonly KnownUsers<IGraphTransaction> _users = new(store, new GraphUserEffects(Unheard), new KnownUsersScope("graph"));

    public FanOutWork FanOut { get; } = new(store, clock, fanOutBatchSize);

    public IGraphStore Adapter => store;

    public Task<bool> AddUserAsync(KnownUser user, MessageReceipt receipt, CancellationToken cancellationToken) => _users.AddAsync(user, receipt, cancellationToken);

    public async Task<bool> RemoveUserAsync(Guid userId, MessageReceipt receipt, CancellationToken cancellationToken, bool carryOut = true)
    {
        var applied = await _users.RemoveAsync(userId, receipt, cancellationToken);
        await CarryOutAsync(carryOut, cancellationToken);
        return applied;
    }

    public async Task<bool> ApplySettingsAsync(UserSettings settings, MessageReceipt receipt, CancellationToken cancellationToken, bool carryOut = true)
    {
        var applied = await _users.ApplySettingsAsync(settings, receipt, cancellationToken);
        await CarryOutAsync(carryOut, cancellationToken);
        return applied;
    }

    public Task<KnownUser?> FindUserAsync(Guid userId, CancellationToken cancellationToken) => store.FindUserAsync(userId, cancellationToken);

    public Task<UserSettings> GetSettingsAsync(Guid userId, CancellationToken cancellationToken) => store.GetSettingsAsync(userId, cancellationToken);

    public Task<FollowCounts?> GetCountsAsync(Guid userId, CancellationToken cancellationToken) => store.GetCountsAsync(userId, cancellationToken);

    public Task<FollowOutcome> FollowAsync(Guid actor, Guid target, CancellationToken cancellationToken) => _following.FollowAsync(actor, target, cancellationToken);

    public Task UnfollowAsync(Guid actor, Guid target, CancellationToken cancellationToken) => _following.UnfollowAsync(actor, target, cancellationToken);

    public Task<bool> AcceptRequestAsync(Guid owner, Guid requester, CancellationToken cancellationToken) =>
        _following.AcceptRequestAsync(owner, requester, cancellationToken);

    public Task<bool> DeclineRequestAsync(Guid owner, Guid requester, CancellationToken cancellationToken) =>
        _following.DeclineRequestAsync(owner, requester, cancellationToken);

    public Task RemoveFollowerAsync(Guid owner, Guid follower, CancellationToken cancellationToken) =>
        _following.RemoveFollowerAsync(owner, follower, cancellationToken);

    public Task<bool> BlockAsync(Guid actor, Guid target, CancellationToken cancellationToken) => _blocking.BlockAsync(actor, target, cancellationToken);

    public Task UnblockAsync(Guid actor, Guid target, CancellationToken cancellationToken) => _blocking.UnblockAsync(actor, target, cancellationToken);

    public Task<bool> MuteAsync(Guid actor, Guid target, DateTimeOffset? expiresAt, CancellationToken cancellationToken) =>
        _lists.MuteAsync(actor, target, expiresAt, cancellationToken);

    public Task UnmuteAsync(Guid actor, Guid target, CancellationToken cancellationToken) => _lists.UnmuteAsync(actor, target, cancellationToken);

    public Task<CloseFriendOutcome> AddCloseFriendAsync(Guid owner, Guid member, CancellationToken cancellationToken) =>
        _lists.AddCloseFriendAsync(owner, member, cancellationToken);

    public Task RemoveCloseFriendAsync(Guid owner, Guid member, CancellationToken cancellationToken) =>
        _lists.RemoveCloseFriendAsync(owner, member, cancellationToken);

    public Task<EdgePage> ListAsync(EdgeList list, Guid owner, Guid? viewer, Guid? after, int limit, CancellationToken cancellationToken) =>
        store.ListAsync(list, owner, viewer, after, limit, cancellationToken);

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(Guid viewer, IReadOnlyCollection<Guid> users, CancellationToken cancellationToken) =>
        store.GetRelationshipsAsync(viewer, users, cancellationToken);

    public Task<PolicyFacts> GetPolicyFactsAsync(Guid actor, Guid target, CancellationToken cancellationToken) =>
        store.GetPolicyFactsAsync(actor, target, cancellationToken);

    public Task<CounterReconciliation> ReconcileCountersAsync(bool repair, CancellationToken cancellationToken) =>
        _reconciler.ReconcileAsync(repair, cancellationToken);

    private Task CarryOutAsync(bool carryOut, CancellationToken cancellationToken) =>
        carryOut ? FanOut.RunUntilIdleAsync(cancellationToken) : Task.CompletedTask;
}
