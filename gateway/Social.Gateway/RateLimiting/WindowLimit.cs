namespace Social.Gateway.RateLimiting;

/// <summary>One limit: at most <see cref="PermitLimit"/> requests in each <see cref="Window"/>.</summary>
internal sealed class WindowLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }

    /// <summary>Windows under a second would make the whole-second Retry-After and X-RateLimit-Reset meaningless.</summary>
    public bool IsValid => PermitLimit > 0 && Window >= TimeSpan.FromSeconds(1);

    /// <summary>The number of the window <paramref name="at"/> falls in: windows are aligned to the clock.</summary>
    public long WindowOf(DateTimeOffset at) => at.UtcTicks / Window.Ticks;

    /// <summary>The time from <paramref name="at"/> until its window ends (what Retry-After and X-RateLimit-Reset say).</summary>
    public TimeSpan ResetAfter(DateTimeOffset at) => TimeSpan.FromTicks(Window.Ticks - (at.UtcTicks % Window.Ticks));

    public static WindowLimit PerMinute(int permitLimit) => new() { PermitLimit = permitLimit, Window = TimeSpan.FromMinutes(1) };
}
