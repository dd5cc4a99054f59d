namespace Social.ServiceDefaults.Grpc;

/// <summary>
/// How many calls each internal caller (a client-credentials token) may make to one service instance: at most
/// <see cref="PermitLimit"/> in each <see cref="Window"/>, all of them at once if it has been quiet. Bound from
/// <c>RateLimits:InternalCallers</c>. High on purpose: it is there so that one runaway caller (a loop, a bad deploy of
/// another team's backend) cannot take an instance from everyone else, not to shape ordinary traffic.
/// </summary>
public sealed class InternalCallerLimitOptions
{
    public const string SectionName = "RateLimits:InternalCallers";

    public int PermitLimit { get; set; } = 20_000;

    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(1);
}
