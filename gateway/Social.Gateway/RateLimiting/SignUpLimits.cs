namespace Social.Gateway.RateLimiting;

/// <summary>
/// Account creation (<c>POST /api/v1/accounts</c>, or its gRPC method) per client address, on top of the general
/// limits: a script must not mint accounts by the thousand, while a household or an office behind one address still
/// signs up its people.
/// </summary>
internal sealed class SignUpLimits
{
    public WindowLimit PerIp { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromHours(1) };
}
