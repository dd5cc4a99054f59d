using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Social.Gateway.RateLimiting;

/// <summary>
/// The gateway's limits as the one global limiter: every limit that applies must grant the request. Requests without a
/// <see cref="RateLimitSubject"/> (the gateway's own endpoints) meet no applicable limit. Where the request then stands
/// against its tightest limit is kept on the request (<see cref="TightestLimit"/>) for the X-RateLimit-* headers, so
/// nothing is looked up twice.
/// </summary>
internal sealed class GatewayRateLimiter : PartitionedRateLimiter<HttpContext>
{
    private readonly WindowRule[] rules;

    public GatewayRateLimiter(IOptions<GatewayRateLimitOptions> options)
    {
        var limits = options.Value;
        // Narrowest first: counting stops at the first refusal, so a caller over their own limit does not also spend
        // the budget their address shares with others (a NAT, an office).
        rules =
        [
            // A handle cannot contain a space, so "handle address" keys cannot collide.
            new("sign-in per handle and address", limits.SignIn.PerHandleAndIp, subject => subject.SignInHandle is null ? null : $"{subject.SignInHandle} {subject.ClientAddress}"),
            new("sign-ups per address", limits.SignUp.PerIp, subject => subject.IsSignUp ? subject.ClientAddress : null),
            new("per user", limits.PerUser, subject => subject.UserId),
            new("sign-in per address", limits.SignIn.PerIp, subject => subject.SignInHandle is null ? null : subject.ClientAddress),
            new("per address", limits.PerIp, subject => subject.ClientAddress),
        ];
    }

    // Not asked for by the rate-limiting middleware; the counters' state is in the headers of each answer.
    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => null;

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount)
    {
        if (RateLimitSubject.Of(resource) is not { } subject)
        {
            return GrantedLease.Instance;
        }

        RateLimitStatus? tightest = null;
        foreach (var rule in rules)
        {
            if (rule.Count(subject) is not var (granted, status))
            {
                continue;
            }

            if (!granted)
            {
                var refused = new RefusedLease(rule.Name, status);
                resource.Features.Set(refused);
                return refused;
            }

            if (tightest is null || status.Remaining < tightest.Value.Remaining)
            {
                tightest = status;
            }
        }

        if (tightest is { } standing)
        {
            resource.Features.Set(new TightestLimit(standing));
        }

        return GrantedLease.Instance;
    }

    // The middleware asks again after a refused attempt, in case the limiter queues. Nothing queues here, and counting
    // again would spend the permits of the limits before the refusing one a second time.
    protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        new(resource.Features.Get<RefusedLease>() ?? AttemptAcquireCore(resource, permitCount));
}
