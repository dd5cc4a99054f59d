using System.Collections.Concurrent;
using System.Threading.Channels;
using Social.Contracts.Events;

namespace Social.Messaging.Domain.Stream;

/// <summary>
/// One open stream's line to its instance's <see cref="StreamHub"/>: a wake-up flag (several wake-ups before the
/// stream reads collapse into one: it reads everything new by position anyway) and the typing notices for it.
/// </summary>
public sealed class StreamSubscription(Guid userId, Action<StreamSubscription> unsubscribe) : IDisposable
{
    /// <summary>Typing notices waiting beyond this many are dropped oldest first: a stalled reader must not grow without bound.</summary>
    private const int MaxWaitingTyping = 32;

    private readonly Channel<bool> _wakes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ConcurrentQueue<UserTyping> _typing = new();

    public Guid UserId { get; } = userId;

    public void Wake() => _wakes.Writer.TryWrite(true);

    public void Typing(UserTyping notice)
    {
        _typing.Enqueue(notice);
        while (_typing.Count > MaxWaitingTyping && _typing.TryDequeue(out _))
        {
        }

        Wake();
    }

    /// <summary>Takes the pending wake-up, if any; called before reading the store, so a wake-up during the read is kept.</summary>
    public void TakeWake() => _wakes.Reader.TryRead(out _);

    public IReadOnlyList<UserTyping> TakeTyping()
    {
        var taken = new List<UserTyping>();
        while (_typing.TryDequeue(out var notice))
        {
            taken.Add(notice);
        }

        return taken;
    }

    /// <summary>Waits for a wake-up; false when <paramref name="timeout"/> passed without one.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var timeoutSource = new CancellationTokenSource(timeout, clock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        var woken = _wakes.Reader.WaitToReadAsync(either.Token).AsTask();
        // Every idle stream times out once per heartbeat: awaited plainly, each timeout would throw and catch an
        // exception, hundreds a second with thousands of streams open. The outcome is read from the task instead.
        await ((Task)woken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        cancellationToken.ThrowIfCancellationRequested();
        return woken.IsCompletedSuccessfully && woken.Result;
    }

    public void Dispose() => unsubscribe(this);
}
