namespace Social.Gateway.RateLimiting;

/// <summary>
/// What the gateway's limits decided for one request: granted, with where it stands against its tightest limit (the
/// X-RateLimit-* headers), or refused by the named limit, with when that limit's window resets.
/// </summary>
/// <param name="RefusedBy">The name of the limit that refused the request, or null when every limit granted it.</param>
/// <param name="Status">The tightest limit's standing once counted, or the refusing limit's; null when no limit applied.</param>
internal readonly record struct RateLimitDecision(string? RefusedBy, RateLimitStatus? Status)
{
    public bool IsGranted => RefusedBy is null;
}
