namespace Social.FunctionalTests.Gateway;

/// <summary>Wall-clock time that stands still, so a test never straddles a rate-limit window; timers run as usual.</summary>
public sealed class FrozenClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
