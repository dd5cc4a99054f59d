namespace Social.EventBus.Redelivery;

/// <summary>
/// Redelivery of a message whose consumer still fails after its immediate retries, bound from
/// <c>EventBus:Redelivery</c>. Each delay is one level; after the last the message goes to the error queue.
/// </summary>
public sealed class DelayedRedeliveryOptions
{
    /// <summary>Long enough to ride out a database restart or a deploy, short enough that nothing waits a day.</summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultDelays =
    [
        TimeSpan.FromMinutes(1),
        TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(2),
        TimeSpan.FromHours(6),
    ];

    /// <summary>
    /// The wait before each redelivery. Null means <see cref="DefaultDelays"/>: configuration binding adds to a list
    /// that already has items, so the defaults cannot be the initial value.
    /// </summary>
    public IList<TimeSpan>? Delays { get; set; }

    public IReadOnlyList<TimeSpan> EffectiveDelays => Delays is { Count: > 0 } delays ? [.. delays] : DefaultDelays;
}
