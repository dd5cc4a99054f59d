using Social.ServiceDefaults.Ids;
using Social.Graph.Storage;

namespace Social.Graph.Domain.Edges;

/// <summary>Mutes and close friends: a user's private lists, which tell no one and raise no events.</summary>
public sealed class PersonalLists(IGraphStore store)
{
    /// <summary>Mutes (until <paramref name="expiresAt"/> when given); false when the target is unknown or deleted.</summary>
    public Task<bool> MuteAsync(Guid actor, Guid target, DateTimeOffset? expiresAt, CancellationToken cancellationToken) =>
        store.WriteAsync(async (transaction, ct) =>
        {
            if (!await transaction.UserExistsAsync(target, ct))
            {
                return false;
            }

            // A repeat keeps the original edge (its place in the list) and takes the new expiry.
            await transaction.UpsertMuteAsync(actor, target, OrderedIds.CreateVersion7(transaction.At), expiresAt, ct);
            return true;
        }, cancellationToken);

    public Task UnmuteAsync(Guid actor, Guid target, CancellationToken cancellationToken) =>
        store.WriteAsync((transaction, ct) => transaction.DeleteEdgeAsync(EdgeKind.Mute, actor, target, ct), cancellationToken);

    /// <summary>Adds a close friend as <see cref="CloseFriendRules"/> allow, deciding on the facts of the same transaction.</summary>
    public Task<CloseFriendOutcome> AddCloseFriendAsync(Guid owner, Guid member, CancellationToken cancellationToken) =>
        store.WriteAsync(async (transaction, ct) =>
        {
            var outcome = CloseFriendRules.Decide(owner, member, await transaction.ReadPolicyFactsAsync(owner, member, ct));
            if (outcome == CloseFriendOutcome.Added)
            {
                await transaction.InsertEdgeAsync(EdgeKind.CloseFriend, owner, member, OrderedIds.CreateVersion7(transaction.At), ct);
            }

            return outcome;
        }, cancellationToken);

    public Task RemoveCloseFriendAsync(Guid owner, Guid member, CancellationToken cancellationToken) =>
        store.WriteAsync((transaction, ct) => transaction.DeleteEdgeAsync(EdgeKind.CloseFriend, owner, member, ct), cancellationToken);
}
