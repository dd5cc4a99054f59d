using Social.EventBus.Outbox;

namespace Social.Storage.FanOuts;

/// <summary>
/// Wakes a fan-out worker when this instance scheduled work, so it is carried out at once rather than at the next poll.
/// Only a hint, as the outbox's commit signal is (whose wait it reuses): it can come before the scheduling transaction
/// commits, and work scheduled by another instance is found by polling. A service has one per kind of work.
/// </summary>
public sealed class FanOutSignal<TWork> : IDisposable
    where TWork : IFanOutWork
{
    private readonly OutboxSignal _wakeUp = new();

    public void Notify() => _wakeUp.Notify();

    /// <summary>Waits for a signal or <paramref name="timeout"/>, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken) =>
        _wakeUp.WaitAsync(timeout, clock, cancellationToken);

    public void Dispose() => _wakeUp.Dispose();
}
