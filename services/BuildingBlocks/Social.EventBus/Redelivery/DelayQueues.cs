namespace Social.EventBus.Redelivery;

/// <summary>The delay queues of one receive endpoint, one per distinct delay.</summary>
public sealed class DelayQueues(string endpointQueue, IReadOnlyList<TimeSpan> delays)
{
    private readonly Dictionary<TimeSpan, DelayQueueTopology> _byDelay = delays.Distinct().ToDictionary(d => d, d => new DelayQueueTopology(endpointQueue, d));

    public string EndpointQueue { get; } = endpointQueue;

    /// <summary>The delays in level order (level 1 first), as the retry policy asks for them.</summary>
    public IReadOnlyList<TimeSpan> Delays { get; } = delays;

    public IEnumerable<DelayQueueTopology> All => _byDelay.Values;

    /// <summary>The queue that waits <paramref name="delay"/>: the retry policy only asks for the configured delays.</summary>
    public DelayQueueTopology Waiting(TimeSpan delay) =>
        _byDelay.TryGetValue(delay, out var queue)
            ? queue
            : throw new InvalidOperationException($"{EndpointQueue} has no delay queue that waits {delay}.");
}
