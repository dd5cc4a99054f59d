namespace Social.FunctionalTests.Infrastructure;

/// <summary>
/// Wall-clock time moved forward by whatever a test advances it, timers running as usual: a service's domain sees a day
/// pass at once, while tokens, the outbox and the bus keep real time.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
