namespace Social.Gateway.RateLimiting;

/// <summary>
/// Password sign-in attempts at the token endpoint, on top of the general limits: per handle from one client address
/// against guessing one account's password, and per client address against trying many handles. The handle's budget
/// is kept per address so that nobody can lock an account's owner out by failing on purpose from elsewhere.
/// </summary>
internal sealed class SignInLimits
{
    public WindowLimit PerIp { get; set; } = WindowLimit.PerMinute(30);

    public WindowLimit PerHandleAndIp { get; set; } = WindowLimit.PerMinute(10);
}
