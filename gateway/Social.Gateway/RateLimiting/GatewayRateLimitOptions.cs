namespace Social.Gateway.RateLimiting;

/// <summary>The <c>RateLimits</c> configuration section; the defaults are the production limits.</summary>
internal sealed class GatewayRateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Every proxied request, per client address: what one machine (or one NAT) may send in all.</summary>
    public WindowLimit PerIp { get; set; } = WindowLimit.PerMinute(600);

    /// <summary>Every proxied request that carries a bearer token, per token subject.</summary>
    public WindowLimit PerUser { get; set; } = WindowLimit.PerMinute(300);

    public SignInLimits SignIn { get; set; } = new();

    public SignUpLimits SignUp { get; set; } = new();

    /// <summary>
    /// Event streams open at once per user (a phone, a tablet and a few browser tabs). A stream counts once against
    /// the window limits when it opens, and against this while it stays open.
    /// </summary>
    public int OpenStreamsPerUser { get; set; } = 5;

    /// <summary>Event streams open at once per client address, for streams opened with a ticket (no token names the user here).</summary>
    public int OpenStreamsPerIp { get; set; } = 50;

    /// <summary>
    /// With replicas sharing Redis: how long an open stream counts without its gateway renewing it (every third of
    /// this). A gateway that dies leaves its streams counted this long at most.
    /// </summary>
    public TimeSpan OpenStreamLease { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsValid => PerIp.IsValid && PerUser.IsValid && SignIn.PerIp.IsValid && SignIn.PerHandleAndIp.IsValid && SignUp.PerIp.IsValid && OpenStreamsPerUser > 0 && OpenStreamsPerIp > 0
        && OpenStreamLease >= TimeSpan.FromSeconds(1);
}
