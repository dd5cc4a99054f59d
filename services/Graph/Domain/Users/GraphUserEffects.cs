using Social.Graph.Storage;
using Social.KnownUsers;
using Social.Storage.FanOuts;

namespace Social.Graph.Domain.Users;

/// <summary>
/// What an account's arrival, deletion or settings mean to the graph. Both consequences can touch an unbounded number
/// of edges, so the event's transaction only records the fan-out (<see cref="PendingFanOut"/>), and
/// <see cref="FanOutWork"/> carries it out in bounded batches. Until then the deleted account is already unknown to
/// every check (its tombstone), and requests to an account gone public wait a moment longer.
/// </summary>
public sealed class GraphUserEffects(FanOutSignal<FanOutWork> signal) : IKnownUserEffects<IGraphTransaction>
{
    /// <summary>A deleted user's edges all go; everyone they followed loses a follower, everyone who followed them a followee.</summary>
    public async Task UserRemovedAsync(IGraphTransaction transaction, Guid userId, CancellationToken cancellationToken)
    {
        await transaction.ScheduleFanOutAsync(new PendingFanOut(userId, FanOutKind.RemoveUser), cancellationToken);
        signal.Notify();
    }

    /// <summary>
    /// An account going public accepts every waiting request. Only a change from private can leave requests waiting
    /// (the graph makes requests only to an account it holds private), so no other settings change schedules anything.
    /// </summary>
    public async Task SettingsChangedAsync(IGraphTransaction transaction, UserSettings? previous, UserSettings current, CancellationToken cancellationToken)
    {
        if (current.IsPrivate || previous is not { IsPrivate: true })
        {
            return;
        }

        await transaction.ScheduleFanOutAsync(new PendingFanOut(current.UserId, FanOutKind.AcceptRequests), cancellationToken);
        signal.Notify();
    }
}
