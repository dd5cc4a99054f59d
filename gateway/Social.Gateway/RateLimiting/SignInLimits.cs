namespace Social.Gateway.RateLimiting;

/// <summary>
/// Password sign-in attempts at the token endpoint, on top of the general limits: per handle against guessing one
/// account's password, per client address against trying many handles.
/// </summary>
internal sealed class SignInLimits
{
    public WindowLimit PerIp { get; set; } = WindowLimit.PerMinute(30);

    public WindowLimit PerHandle { get; set; } = WindowLimit.PerMinute(10);
}
