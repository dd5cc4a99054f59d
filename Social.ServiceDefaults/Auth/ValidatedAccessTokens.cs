using System.Collections.Concurrent;
using System.Security.Claims;
using OpenIddict.Abstractions;

namespace Social.ServiceDefaults.Auth;

/// <summary>
/// The access tokens this process has already validated (signature, issuer, audience, lifetime, revocation), so that a
/// client's repeated calls with one token pay for that once rather than on every request. Keyed by
/// <see cref="TokenDigest"/>, so the cache holds no credentials.
/// </summary>
/// <remarks>
/// Nothing is trusted for longer than validation itself would allow: every hit is checked again against this process's
/// clock (the token's expiry) and <see cref="RevokedAccessTokens"/>, so a token that expired or whose revocation was
/// announced is refused on the very next request, remembered or not. Only a withdrawn signing key is noticed later, at
/// most <see cref="MaxRemembered"/> after the token was first validated.
/// </remarks>
/// <param name="capacity">How many tokens are remembered at most; past that, new tokens are validated on every request
/// until expired ones have been swept out.</param>
public sealed class ValidatedAccessTokens(RevokedAccessTokens revoked, TimeProvider clock, int capacity = ValidatedAccessTokens.DefaultCapacity)
{
    /// <summary>How long a validated token is remembered at most, however long it is valid for.</summary>
    public static readonly TimeSpan MaxRemembered = TimeSpan.FromMinutes(5);

    /// <summary>The capacity of every service's cache: a few KB per token, so a few hundred MB at worst.</summary>
    public const int DefaultCapacity = 100_000;

    // Expired and revoked entries are dropped on a hit, and at most this often by a sweep of the whole cache.
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<TokenDigest, Remembered> _entries = new();
    private long _nextSweep = clock.GetUtcNow().Add(SweepInterval).UtcTicks;

    public int Count => _entries.Count;

    /// <summary>
    /// A copy of the principal validated earlier for this credential, or null when there is none or it is no longer good.
    /// Each caller gets its own copy, so that nothing one request adds to its user leaks into another's.
    /// </summary>
    public ClaimsPrincipal? Find(TokenDigest digest)
    {
        if (!_entries.TryGetValue(digest, out var entry))
        {
            return null;
        }

        if (!IsGood(entry, clock.GetUtcNow()))
        {
            // Removes this entry only, not one that another request has just put in its place.
            _entries.TryRemove(KeyValuePair.Create(digest, entry));
            return null;
        }

        return Copy(entry.Principal);
    }

    /// <summary>Remembers a principal that validation has just accepted for this credential, until its token expires.</summary>
    public void Remember(TokenDigest digest, ClaimsPrincipal principal)
    {
        var now = clock.GetUtcNow();
        var until = principal.GetExpirationDate() is { } expires && expires < now + MaxRemembered ? expires : now + MaxRemembered;
        var entry = new Remembered(Copy(principal), principal.GetTokenId(), until);
        if (!IsGood(entry, now))
        {
            return;
        }

        SweepIfDue(now);
        if (_entries.Count < capacity)
        {
            _entries[digest] = entry;
        }
    }

    // ClaimsPrincipal.Clone() would share its identities (and so their claims) with the original. A loop, not a query:
    // this runs on every request that carries a remembered token.
    private static ClaimsPrincipal Copy(ClaimsPrincipal principal)
    {
        var copy = new ClaimsPrincipal();
        foreach (var identity in principal.Identities)
        {
            copy.AddIdentity(identity.Clone());
        }

        return copy;
    }

    private bool IsGood(Remembered entry, DateTimeOffset now) =>
        now < entry.Until && (entry.TokenId is not { } tokenId || !revoked.IsRevoked(tokenId));

    private void SweepIfDue(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextSweep);
        // One caller sweeps; the others carry on.
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweep, now.Add(SweepInterval).UtcTicks, due) != due)
        {
            return;
        }

        foreach (var (digest, entry) in _entries)
        {
            if (!IsGood(entry, now))
            {
                _entries.TryRemove(KeyValuePair.Create(digest, entry));
            }
        }
    }

    private sealed record Remembered(ClaimsPrincipal Principal, string? TokenId, DateTimeOffset Until);
}
