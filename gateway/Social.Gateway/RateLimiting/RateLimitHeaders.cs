using System.Globalization;

namespace Social.Gateway.RateLimiting;

/// <summary>The rate-limit headers of the public API: limit, remaining and reset (seconds until the window resets).</summary>
internal static class RateLimitHeaders
{
    public const string Limit = "X-RateLimit-Limit";
    public const string Remaining = "X-RateLimit-Remaining";
    public const string Reset = "X-RateLimit-Reset";

    public static void Write(IHeaderDictionary headers, RateLimitStatus status)
    {
        headers[Limit] = status.Limit.ToString(CultureInfo.InvariantCulture);
        headers[Remaining] = status.Remaining.ToString(CultureInfo.InvariantCulture);
        headers[Reset] = Seconds(status.ResetAfter);
    }

    /// <summary>Whole seconds, rounded up: a client that waits that long finds the window reset.</summary>
    public static string Seconds(TimeSpan span) =>
        Math.Max(1L, (long)Math.Ceiling(span.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
