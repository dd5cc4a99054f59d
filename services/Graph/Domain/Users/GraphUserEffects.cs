using Social.Graph.Domain.Edges;
using Social.Graph.Storage;
using Social.KnownUsers;

namespace Social.Graph.Domain.Users;

/// <summary>What account changes mean for the graph, in the transaction that applies them.</summary>
public sealed class GraphUserEffects(TimeProvider clock) : IKnownUserEffects<IGraphTransaction>
{
    /// <summary>
    /// A deleted user's edges all go. Everyone they followed loses a follower, everyone who followed them loses a
    /// followee: adjusted in bulk, each new count an event, so the profile counts follow.
    /// </summary>
    public async Task UserRemovedAsync(IGraphTransaction transaction, Guid userId, CancellationToken cancellationToken)
    {
        var changes = new GraphChanges(transaction, clock);
        foreach (var counts in await transaction.AdjustCountsOfAsync(userId, EdgeList.Following, followers: -1, following: 0, cancellationToken))
        {
            changes.CountsChanged(counts);
        }

        foreach (var counts in await transaction.AdjustCountsOfAsync(userId, EdgeList.Followers, followers: 0, following: -1, cancellationToken))
        {
            changes.CountsChanged(counts);
        }

        await transaction.DeleteEdgesOfAsync(userId, cancellationToken);
    }

    /// <summary>An account going public accepts every waiting request (a public account has none, so this is a no-op otherwise).</summary>
    public async Task SettingsChangedAsync(IGraphTransaction transaction, UserSettings? previous, UserSettings current, CancellationToken cancellationToken)
    {
        if (current.IsPrivate)
        {
            return;
        }

        var changes = new GraphChanges(transaction, clock);
        foreach (var requester in await transaction.RequestersOfAsync(current.UserId, cancellationToken))
        {
            await EdgeWrites.AcceptRequestAsync(transaction, changes, current.UserId, requester, cancellationToken);
        }
    }
}
