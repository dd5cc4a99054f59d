namespace Social.Gateway.RateLimiting.Shared;

/// <summary>
/// One open event stream's place in its caller's open-streams limit: a lease in Redis (<see cref="SharedKey"/> and
/// <see cref="Member"/> set), or this instance's count (<see cref="OpenStreams"/>) when Redis was unreachable as it opened.
/// </summary>
/// <param name="Key">The caller's key (a user or an address).</param>
/// <param name="SharedKey">The caller's sorted set of leases in Redis, or null for a stream counted in memory.</param>
/// <param name="Member">The stream's member of that set, unique to this instance and stream.</param>
internal sealed record OpenStreamLease(string Key, string? SharedKey, string? Member);
