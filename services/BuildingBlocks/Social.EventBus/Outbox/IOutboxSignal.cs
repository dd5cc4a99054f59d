namespace Social.EventBus.Outbox;

/// <summary>Wakes the relay when a transaction has committed new outbox messages, so events leave without polling delay.</summary>
public interface IOutboxSignal
{
    void Notify();

    Task WaitAsync(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken);
}
