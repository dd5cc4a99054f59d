using Social.Contracts.Events;

namespace Social.Messaging.Domain.Stream;

/// <summary>
/// The streams open on this instance, by user. Notices from the bus (every instance gets every notice on a queue of
/// its own) wake the streams of the users they name; the streams then read their new entries from the store, which
/// stays the one source of truth.
/// </summary>
public sealed class StreamHub(TimeProvider clock)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, List<StreamSubscription>> _byUser = [];

    /// <summary>This instance, as the origin of the wake-ups it sends (<see cref="IStreamWakeUps"/>).</summary>
    public Guid InstanceId { get; } = Guid.NewGuid();

    /// <summary>How many streams are open on this instance.</summary>
    public int OpenStreams { get; private set; }

    public StreamSubscription Subscribe(Guid userId)
    {
        var subscription = new StreamSubscription(userId, clock, Unsubscribe);
        lock (_lock)
        {
            if (!_byUser.TryGetValue(userId, out var list))
            {
                _byUser[userId] = list = [];
            }

            list.Add(subscription);
            OpenStreams++;
        }

        return subscription;
    }

    public void Wake(IEnumerable<Guid> userIds)
    {
        foreach (var subscription in SubscriptionsOf(userIds))
        {
            subscription.Wake();
        }
    }

    /// <summary>A wake-up from the bus: wakes the users' streams here, unless this instance sent it and woke them already.</summary>
    public void Heard(StreamEntriesAppended notice)
    {
        if (notice.Origin != InstanceId)
        {
            Wake(notice.UserIds);
        }
    }

    public void Typing(UserTyping notice)
    {
        foreach (var subscription in SubscriptionsOf(notice.RecipientIds))
        {
            subscription.Typing(notice);
        }
    }

    /// <summary>Ends with a heartbeat the wait of every stream here that has been waiting for <paramref name="interval"/> or longer.</summary>
    public void BeatIdle(TimeSpan interval)
    {
        var since = clock.GetTimestamp() - (long)(interval.TotalSeconds * clock.TimestampFrequency);
        lock (_lock)
        {
            foreach (var subscriptions in _byUser.Values)
            {
                foreach (var subscription in subscriptions)
                {
                    subscription.BeatIfWaitingSince(since);
                }
            }
        }
    }

    private List<StreamSubscription> SubscriptionsOf(IEnumerable<Guid> userIds)
    {
        var found = new List<StreamSubscription>();
        lock (_lock)
        {
            foreach (var userId in userIds)
            {
                if (_byUser.TryGetValue(userId, out var list))
                {
                    found.AddRange(list);
                }
            }
        }

        return found;
    }

    private void Unsubscribe(StreamSubscription subscription)
    {
        lock (_lock)
        {
            if (_byUser.TryGetValue(subscription.UserId, out var list) && list.Remove(subscription))
            {
                OpenStreams--;
                if (list.Count == 0)
                {
                    _byUser.Remove(subscription.UserId);
                }
            }
        }
    }
}
