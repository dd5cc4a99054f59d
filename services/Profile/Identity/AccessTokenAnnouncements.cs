using OpenIddict.Abstractions;
using Social.Contracts.Events;
using Social.ServiceDefaults.Messaging.Outbox;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Social.Profile.Identity;

/// <summary>
/// Tells every service which access tokens were revoked before they expired (AccessTokensRevoked, through the
/// outbox): Profile refuses them from its token store, the other services from these announcements.
/// </summary>
public sealed class AccessTokenAnnouncements(IOpenIddictTokenManager tokens, IOutboxStore outbox, TimeProvider clock)
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

    public async Task AnnounceAsync(IReadOnlyList<(string Id, DateTimeOffset ExpiresAt)> revoked, CancellationToken cancellationToken)
    {
        if (revoked.Count == 0)
        {
            return;
        }

        var message = new AccessTokensRevoked { TokenIds = [.. revoked.Select(t => t.Id)], ExpiresAt = revoked.Max(t => t.ExpiresAt) };
        await outbox.EnqueueAsync(OutboxMessage.Create(message, "identity", clock), cancellationToken);
    }
}
