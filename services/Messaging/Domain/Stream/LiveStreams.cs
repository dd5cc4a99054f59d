using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Social.Messaging.Storage;

namespace Social.Messaging.Domain.Stream;

/// <summary>
/// A user's live stream from a position on: what they missed, once, then live events, with no gap and no repeat at
/// the seam. It subscribes to wake-ups first, then reads the store by position, and only ever delivers entries beyond
/// the last one it delivered: an entry appended while the backlog is read either lands in that read or wakes the
/// next. Typing is live only and never stored. When nothing happens for a while it yields a heartbeat, and once it has
/// gone <see cref="StreamOptions.MissedWakeUpCheckInterval"/> without reading it reads the store again, which makes up
/// for a wake-up that was lost.
/// </summary>
public sealed class LiveStreams(IMessagingStore store, StreamHub hub, StreamReads reads, IOptions<StreamOptions> options, TimeProvider clock)
{
    private readonly StreamOptions _options = options.Value;

    public async IAsyncEnumerable<StreamEvent> FollowAsync(Guid userId, long after, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var subscription = hub.Subscribe(userId);
        var bounds = await store.StreamBoundsAsync(userId, cancellationToken);
        if (StreamRules.IsLost(after, bounds))
        {
            yield return new StreamEvent(bounds.Head, StreamEventTypes.Reset, Reason: after > bounds.Head ? "unknown_position" : "expired");
            after = bounds.Head;
        }

        var readDue = true;
        var lastRead = clock.GetUtcNow();
        while (true)
        {
            if (readDue)
            {
                // A block of its own, so that the compiler clears the batch when it ends: kept until the next wake-up,
                // seconds later, every batch of thousands of idle streams would live on into the older generations.
                var entries = await ReadAsync(subscription, userId, after, cancellationToken);
                lastRead = clock.GetUtcNow();
                if (entries.Count > 0)
                {
                    foreach (var streamEvent in await reads.RenderAsync(userId, entries, cancellationToken))
                    {
                        yield return streamEvent;
                    }

                    after = entries[^1].Position;
                    if (entries.Count == _options.BatchSize)
                    {
                        continue;
                    }
                }
            }

            foreach (var typing in subscription.TakeTyping().Where(t => TypingRules.IsLive(t.ExpiresAt, clock.GetUtcNow())))
            {
                yield return new StreamEvent(0, StreamEventTypes.Typing, new StreamItem(StreamEventTypes.Typing, typing.ConversationId, UserId: typing.UserId), ExpiresAt: typing.ExpiresAt);
            }

            readDue = await subscription.WaitAsync(cancellationToken);
            if (!readDue)
            {
                yield return StreamEvent.Heartbeat;
                readDue = clock.GetUtcNow() - lastRead >= _options.MissedWakeUpCheckInterval;
            }
        }
    }

    /// <summary>Takes the pending wake-up first, so that one arriving during the read is kept for the next.</summary>
    private Task<IReadOnlyList<StreamEntry>> ReadAsync(StreamSubscription subscription, Guid userId, long after, CancellationToken cancellationToken)
    {
        subscription.TakeWake();
        return store.ReadStreamAsync(userId, after, _options.BatchSize, cancellationToken);
    }
}
