using System.Threading.Channels;

namespace Social.EventBus.Outbox;

/// <summary>
/// An auto-reset wake-up: many notifications while the relay is busy collapse into one. A channel of one slot that
/// drops further writes, rather than a semaphore of one: notifying an already signalled semaphore throws, and every
/// commit notifies, so a busy service paid for an exception on most of its commits.
/// </summary>
public sealed class OutboxSignal : IOutboxSignal, IDisposable
{
    private readonly Channel<bool> _wakes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _wakes.Writer.TryWrite(true);

    public async Task WaitAsync(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (_wakes.Reader.TryRead(out _))
        {
            return;
        }

        using var timeoutSource = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        // A poll interval that elapses is the ordinary way out (look again anyway: another process on the same
        // database may have written), so it ends the wait without an exception; the caller's cancellation still throws.
        await ((Task)_wakes.Reader.ReadAsync(linked.Token).AsTask()).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        cancellationToken.ThrowIfCancellationRequested();
    }

    public void Dispose() => _wakes.Writer.TryComplete();
}
