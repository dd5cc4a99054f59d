using System.Threading.Channels;

namespace Social.EventBus.Inbox;

/// <summary>
/// Applies consumers' messages together: each consumer hands its message in and waits for its own outcome, while one
/// loop applies whatever has gathered since its last batch (up to <c>maxBatch</c>) in one call of <c>apply</c>, which
/// is meant to be one transaction. A burst then costs one write (and one commit) per batch instead of one per message,
/// and a quiet moment still applies a lone message at once: nothing waits for a batch to fill.
/// <para>
/// A batch that throws is applied again message by message, so a failure stays with the message that caused it: only
/// its consumer throws (and is retried, redelivered, dead-lettered as any other), and the others are applied. Receipts
/// keep this safe: a message of a failed batch was not recorded, and one applied twice is recorded once.
/// </para>
/// </summary>
/// <typeparam name="TItem">One message as the batch applies it (its receipt and what it asks for).</typeparam>
public sealed class GroupCommit<TItem> : IAsyncDisposable
{
    private readonly Func<IReadOnlyList<TItem>, CancellationToken, Task<IReadOnlyList<bool>>> _apply;
    private readonly int _maxBatch;
    private readonly Channel<Pending> _waiting = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    /// <param name="apply">Applies a batch in order; answers, for each item, whether it was applied (false: a duplicate).</param>
    /// <param name="maxBatch">The most items one call of <paramref name="apply"/> takes.</param>
    public GroupCommit(Func<IReadOnlyList<TItem>, CancellationToken, Task<IReadOnlyList<bool>>> apply, int maxBatch)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        _apply = apply;
        _maxBatch = maxBatch;
        _loop = Task.Run(() => RunAsync(_stopping.Token));
    }

    /// <summary>Applies <paramref name="item"/> with whatever else is waiting; whether it was applied (false: a duplicate).</summary>
    public Task<bool> ApplyAsync(TItem item, CancellationToken cancellationToken)
    {
        var pending = new Pending(item, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously), cancellationToken);
        return _waiting.Writer.TryWrite(pending)
            ? pending.Outcome.Task.WaitAsync(cancellationToken)
            : throw new ObjectDisposedException(nameof(GroupCommit<TItem>));
    }

    public async ValueTask DisposeAsync()
    {
        _waiting.Writer.TryComplete();
        await _stopping.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped while a batch ran: its consumers are told below, and their messages come again.
        }

        while (_waiting.Reader.TryRead(out var left))
        {
            left.Outcome.TrySetCanceled();
        }

        _stopping.Dispose();
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        var batch = new List<Pending>(_maxBatch);
        while (await _waiting.Reader.WaitToReadAsync(stopping))
        {
            while (batch.Count < _maxBatch && _waiting.Reader.TryRead(out var pending))
            {
                // A consumer that gave up (its host is stopping) is not applied for: its message comes again.
                if (pending.Cancellation.IsCancellationRequested)
                {
                    pending.Outcome.TrySetCanceled(pending.Cancellation);
                }
                else
                {
                    batch.Add(pending);
                }
            }

            try
            {
                await ApplyAsync(batch, stopping);
            }
            finally
            {
                // Stopped halfway: whoever was not answered yet is told so (their messages come again).
                foreach (var pending in batch)
                {
                    pending.Outcome.TrySetCanceled(stopping);
                }

                batch.Clear();
            }
        }
    }

    private async Task ApplyAsync(IReadOnlyList<Pending> batch, CancellationToken stopping)
    {
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            var applied = await _apply([.. batch.Select(p => p.Item)], stopping);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Outcome.TrySetResult(applied[i]);
            }
        }
        catch (Exception) when (batch.Count > 1 && !stopping.IsCancellationRequested)
        {
            foreach (var pending in batch)
            {
                await ApplyAsync([pending], stopping);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            batch[0].Outcome.TrySetException(exception);
        }
    }

    private sealed record Pending(TItem Item, TaskCompletionSource<bool> Outcome, CancellationToken Cancellation);
}
