using System.Globalization;

namespace Social.EventBus.Redelivery;

/// <summary>
/// A queue where messages of one receive endpoint wait <see cref="Delay"/> before going back to it: every message
/// in it has the same time to live, so they expire in arrival order, and the broker dead-letters each one, when it
/// expires, straight into the endpoint's queue. Nothing consumes it.
/// </summary>
/// <param name="EndpointQueue">The receive endpoint's queue, where expired messages return.</param>
/// <param name="Delay">How long each message waits.</param>
public sealed record DelayQueueTopology(string EndpointQueue, TimeSpan Delay)
{
    /// <summary>
    /// Named after its delay, not its level: a queue's time to live cannot change once declared, so a new delay gets a
    /// new queue (the old one drains and can be deleted) instead of failing the endpoint's start.
    /// </summary>
    public string Name => $"{EndpointQueue}_delay_{Label(Delay)}";

    /// <summary>Sent to as an exchange of the same name, bound to the queue; the broker declares neither twice.</summary>
    public Uri Address => new($"exchange:{Name}");

    private static string Label(TimeSpan delay) => delay switch
    {
        _ when delay.TotalHours >= 1 && delay.Ticks % TimeSpan.TicksPerHour == 0 => Whole(delay.TotalHours, "h"),
        _ when delay.TotalMinutes >= 1 && delay.Ticks % TimeSpan.TicksPerMinute == 0 => Whole(delay.TotalMinutes, "m"),
        _ when delay.TotalSeconds >= 1 && delay.Ticks % TimeSpan.TicksPerSecond == 0 => Whole(delay.TotalSeconds, "s"),
        _ => Whole(Math.Ceiling(delay.TotalMilliseconds), "ms"),
    };

    private static string Whole(double value, string unit) => ((long)value).ToString(CultureInfo.InvariantCulture) + unit;
}
