using System.Collections.Concurrent;

namespace Social.ServiceDefaults.Auth;

/// <summary>
/// The access tokens this process must refuse although their signature is good: revoked at the issuer before they
/// expired. Each id is kept only until its token would have expired anyway, so the set stays small.
/// </summary>
public sealed class RevokedAccessTokens(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _until = new(StringComparer.Ordinal);

    public int Count => _until.Count;

    public void Revoke(IEnumerable<string> tokenIds, DateTimeOffset expiresAt)
    {
        foreach (var id in tokenIds)
        {
            _until[id] = expiresAt;
        }

        var now = clock.GetUtcNow();
        foreach (var (id, until) in _until)
        {
            if (until <= now)
            {
                _until.TryRemove(id, out _);
            }
        }
    }

    public bool IsRevoked(string tokenId) => _until.ContainsKey(tokenId);
}
