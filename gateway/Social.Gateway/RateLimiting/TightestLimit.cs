namespace Social.Gateway.RateLimiting;

/// <summary>Where a granted request stands against the applicable limit with the fewest requests left, once counted.</summary>
internal sealed record TightestLimit(RateLimitStatus Status);
