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

    public bool IsValid => PerIp.IsValid && PerUser.IsValid && SignIn.PerIp.IsValid && SignIn.PerHandle.IsValid;
}
