namespace Social.Gateway.RateLimiting;

/// <summary>Where a caller stands against one limit: what the X-RateLimit-* headers say.</summary>
/// <param name="Limit">Requests allowed per window.</param>
/// <param name="Remaining">Requests left in the current window.</param>
/// <param name="ResetAfter">Time until the current window ends and the full limit is available again.</param>
internal readonly record struct RateLimitStatus(int Limit, int Remaining, TimeSpan ResetAfter);
