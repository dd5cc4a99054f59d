using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Social.Messaging.Storage;

namespace Social.Messaging.Domain.Stream;

/// <summary>
/// A user's live stream from a position on: what they missed, once, then live events, with no gap and no repeat at
/// the seam. It subscribes to wake-ups first, then reads the store by position, and only ever delivers entries beyond
/// the last one it delivered: an entry appended while the backlog is read either lands in that read or wakes the
/// next. Typing is live only and never stored. When nothing happens for a while it yields a heartbeat (and reads the
/// store again, which makes up for a wake-up the broker lost).
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

        while (true)
        {
            subscription.TakeWake();
            var entries = await store.ReadStreamAsync(userId, after, _options.BatchSize, cancellationToken);
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

            foreach (var typing in subscription.TakeTyping().Where(t => TypingRules.IsLive(t.ExpiresAt, clock.GetUtcNow())))
            {
                yield return new StreamEvent(0, StreamEventTypes.Typing, new StreamItem(StreamEventTypes.Typing, typing.ConversationId, UserId: typing.UserId), ExpiresAt: typing.ExpiresAt);
            }

            if (!await subscription.WaitAsync(_options.HeartbeatInterval, clock, cancellationToken))
            {
                yield return StreamEvent.Heartbeat;
            }
        }
    }
}
