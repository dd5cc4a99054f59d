using OpenIddict.Abstractions;
using Social.Contracts.Events;
using Social.ServiceDefaults.Auth;
using Social.EventBus.Outbox;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Social.Profile.Identity;

/// <summary>
/// Tells every service which access tokens were revoked before they expired (AccessTokensRevoked, through the
/// outbox), and records them in this instance's own <see cref="RevokedAccessTokens"/> at once.
/// </summary>
public sealed class AccessTokenAnnouncements(
    IOpenIddictTokenManager tokens, IOutboxStore outbox, RevokedAccessTokens revoked, TimeProvider clock)
{
    /// <summary>
    /// The still-usable access tokens among <paramref name="entries"/>: what revoking them would end. (An entry's type
    /// may be stored as the token type identifier or as the hint, depending on the OpenIddict version that wrote it.)
    /// </summary>
    public async Task<IReadOnlyList<(string Id, DateTimeOffset ExpiresAt)>> LiveAccessTokensAsync(
        IAsyncEnumerable<object> entries, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var live = new List<(string, DateTimeOffset)>();
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            if (await tokens.GetTypeAsync(entry, cancellationToken) is TokenTypeIdentifiers.AccessToken or TokenTypeHints.AccessToken
                && await tokens.HasStatusAsync(entry, Statuses.Valid, cancellationToken)
                && await tokens.GetExpirationDateAsync(entry, cancellationToken) is { } expiresAt && expiresAt > now
                && await tokens.GetIdAsync(entry, cancellationToken) is { } id)
            {
                live.Add((id, expiresAt));
            }
        }

        return live;
    }

    public async Task AnnounceAsync(IReadOnlyList<(string Id, DateTimeOffset ExpiresAt)> tokenIds, CancellationToken cancellationToken)
    {
        if (tokenIds.Count == 0)
        {
            return;
        }

        var message = new AccessTokensRevoked { TokenIds = [.. tokenIds.Select(t => t.Id)], ExpiresAt = tokenIds.Max(t => t.ExpiresAt) };
        // This instance refuses them at once; the others (and every other service) when the announcement arrives.
        revoked.Revoke(message.TokenIds, message.ExpiresAt);
        await outbox.EnqueueAsync(OutboxMessage.Create(message, "identity", clock), cancellationToken);
    }
}
