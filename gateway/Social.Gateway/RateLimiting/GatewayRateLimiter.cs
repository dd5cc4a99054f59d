using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Social.Gateway.RateLimiting;

/// <summary>
/// The gateway's limits as the one global limiter: a chained limiter, so every limit that applies must grant the
/// request. Requests without a <see cref="RateLimitSubject"/> (the gateway's own endpoints) meet no applicable limit.
/// </summary>
internal sealed class GatewayRateLimiter : PartitionedRateLimiter<HttpContext>
{
    private readonly WindowRule[] rules;
    private readonly PartitionedRateLimiter<HttpContext> chain;

    public GatewayRateLimiter(IOptions<GatewayRateLimitOptions> options)
    {
        var limits = options.Value;
        // Narrowest first: the chain stops at the first refusal, so a caller over their own limit does not also
        // spend the budget their address shares with others (a NAT, an office).
        rules =
        [
            new("sign-in per handle", limits.SignIn.PerHandle, subject => subject.SignInHandle),
            new("per user", limits.PerUser, subject => subject.UserId),
            new("sign-in per address", limits.SignIn.PerIp, subject => subject.SignInHandle is null ? null : subject.ClientAddress),
            new("per address", limits.PerIp, subject => subject.ClientAddress),
        ];
        chain = PartitionedRateLimiter.CreateChained(rules);
    }

    /// <summary>The applicable limit with the fewest requests left, once the request has been counted.</summary>
    public RateLimitStatus? Tightest(HttpContext context)
    {
        RateLimitStatus? tightest = null;
        foreach (var rule in rules)
        {
            if (rule.StatusOf(context) is { } status && (tightest is null || status.Remaining < tightest.Value.Remaining))
            {
                tightest = status;
            }
        }

        return tightest;
    }

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => chain.GetStatistics(resource);

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount)
    {
        var lease = chain.AttemptAcquire(resource, permitCount);
        if (lease is RefusedLease refused)
        {
            resource.Features.Set(refused);
        }

        return lease;
    }

    // The middleware asks again after a refused attempt, in case the limiter queues. Nothing queues here, and asking
    // the chain again would spend the permits of the limits before the refusing one a second time.
    protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        new(resource.Features.Get<RefusedLease>() ?? AttemptAcquireCore(resource, permitCount));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // The chain does not own the limiters it chains.
            chain.Dispose();
            foreach (var rule in rules)
            {
                rule.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await chain.DisposeAsync();
        foreach (var rule in rules)
        {
            await rule.DisposeAsync();
        }

        await base.DisposeAsyncCore();
    }
}
