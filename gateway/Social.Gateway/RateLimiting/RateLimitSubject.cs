namespace Social.Gateway.RateLimiting;

/// <summary>
/// Whom a proxied request counts against, settled once before the limits count it: one instant per request keeps every
/// limit (and the headers) in the same window. Kept on the request for the open-streams limit; absent for the gateway's
/// own endpoints, which are not limited.
/// </summary>
/// <param name="At">When the request arrived; picks the window it counts in.</param>
/// <param name="ClientAddress">The client address key (see <see cref="RateLimiting.ClientAddress"/>).</param>
/// <param name="UserId">The verified access token's subject, or null for a request without a valid token.</param>
/// <param name="SignInHandle">The handle of a password sign-in attempt, or null when the request is not one.</param>
/// <param name="IsSignUp">Whether the request creates an account.</param>
internal sealed record RateLimitSubject(DateTimeOffset At, string ClientAddress, string? UserId, string? SignInHandle, bool IsSignUp)
{
    public static RateLimitSubject? Of(HttpContext context) => context.Features.Get<RateLimitSubject>();
}
