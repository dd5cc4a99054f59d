using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Social.Contracts.Events;

namespace Social.Messaging.Domain.Stream;

/// <summary>
/// One open stream's line to its instance's <see cref="StreamHub"/>: a wake-up flag (several wake-ups before the
/// stream reads collapse into one: it reads everything new by position anyway), the typing notices for it, and since
/// when it has been waiting, for <see cref="StreamHeartbeats"/>.
/// </summary>
/// <remarks>
/// An instance holds thousands of these for as long as their streams stay open, so a wait owns no timer: with one
/// per waiting stream, ten thousand timers sat in the runtime's timer queues, and waits, wake-ups and timer firings
/// spun on those queues' locks.
/// </remarks>
public sealed class StreamSubscription(Guid userId, TimeProvider clock, Action<StreamSubscription> unsubscribe) : IDisposable
{
    /// <summary>Typing notices waiting beyond this many are dropped oldest first: a stalled reader must not grow without bound.</summary>
    private const int MaxWaitingTyping = 32;

    private const int ReadSignal = 1;
    private const int HeartbeatSignal = 2;
    private const long NotWaiting = long.MaxValue;

    // The signals are flags, set before the channel is written: a wake-up dropped because one is already waiting in
    // the channel still leaves its flag for the wait that takes that one.
    private readonly Channel<bool> _wakes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ConcurrentQueue<UserTyping> _typing = new();
    private int _signals;
    private long _waitingSince = NotWaiting;

    public Guid UserId { get; } = userId;

    public void Wake() => Signal(ReadSignal);

    public void Typing(UserTyping notice)
    {
        _typing.Enqueue(notice);
        while (_typing.Count > MaxWaitingTyping && _typing.TryDequeue(out _))
        {
        }

        Wake();
    }

    /// <summary>Takes the pending wake-up, if any; called before reading the store, so a wake-up during the read is kept.</summary>
    public void TakeWake() => Interlocked.And(ref _signals, ~ReadSignal);

    public IReadOnlyList<UserTyping> TakeTyping()
    {
        var taken = new List<UserTyping>();
        while (_typing.TryDequeue(out var notice))
        {
            taken.Add(notice);
        }

        return taken;
    }

    /// <summary>
    /// Waits for a wake-up; false when <see cref="BeatIfWaitingSince"/> found it waiting long enough for a heartbeat.
    /// The heartbeat ends the wait as a value, not a cancellation: every idle stream gets one per heartbeat interval,
    /// and an exception each would be hundreds a second with thousands of streams open.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<bool> WaitAsync(CancellationToken cancellationToken)
    {
        Volatile.Write(ref _waitingSince, clock.GetTimestamp());
        try
        {
            while (true)
            {
                var signals = Interlocked.Exchange(ref _signals, 0);
                if (signals != 0)
                {
                    return (signals & ReadSignal) != 0;
                }

                await _wakes.Reader.WaitToReadAsync(cancellationToken);
                _wakes.Reader.TryRead(out _);
            }
        }
        finally
        {
            Volatile.Write(ref _waitingSince, NotWaiting);
        }
    }

    /// <summary>
    /// Ends the wait in progress with a heartbeat if it began at or before <paramref name="timestamp"/> (a
    /// <see cref="TimeProvider.GetTimestamp"/>); a stream that is reading or delivering is left alone.
    /// </summary>
    public void BeatIfWaitingSince(long timestamp)
    {
        if (Volatile.Read(ref _waitingSince) <= timestamp)
        {
            Signal(HeartbeatSignal);
        }
    }

    public void Dispose() => unsubscribe(this);

    private void Signal(int signal)
    {
        Interlocked.Or(ref _signals, signal);
        _wakes.Writer.TryWrite(true);
    }
}
