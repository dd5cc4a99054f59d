using Microsoft.Extensions.Options;

namespace Social.Gateway.RateLimiting;

/// <summary>
/// The gateway's limits: every limit that applies to a <see cref="RateLimitSubject"/> must grant its request. Where the
/// request then stands against its tightest limit is part of the decision, for the X-RateLimit-* headers, so nothing is
/// looked up twice.
/// </summary>
internal sealed class GatewayRateLimiter
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

    /// <summary>The limits, narrowest first (the order they are counted in, here and in the shared counters).</summary>
    public IReadOnlyList<WindowRule> Rules => rules;

    /// <summary>Counts the request against every limit that applies, in order, until one refuses it.</summary>
    public RateLimitDecision Count(RateLimitSubject subject)
    {
        RateLimitStatus? tightest = null;
        foreach (var rule in rules)
        {
            if (rule.Count(subject) is not var (granted, status))
            {
                continue;
            }

            if (!granted)
            {
                return new RateLimitDecision(rule.Name, status);
            }

            if (tightest is null || status.Remaining < tightest.Value.Remaining)
            {
                tightest = status;
            }
        }

        return new RateLimitDecision(null, tightest);
    }
}
