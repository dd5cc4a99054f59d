using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Social.Profile.Identity;

/// <summary>
/// Sign-out (<c>/connect/revoke</c>, RFC 7009), after OpenIddict revoked the token presented: a revoked access token
/// is announced to every service; a revoked refresh token also ends the access tokens of its session, as RFC 7009
/// §2.1 advises, so that signing out takes effect at once rather than when the last access token expires.
/// </summary>
internal sealed class AnnounceRevokedTokens(IOpenIddictTokenManager tokens, AccessTokenAnnouncements announcements)
    : IOpenIddictServerHandler<HandleRevocationRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleRevocationRequestContext>()
            .UseScopedHandler<AnnounceRevokedTokens>()
            .SetOrder(OpenIddictServerHandlers.Revocation.RevokeToken.Descriptor.Order + 1_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(HandleRevocationRequestContext context)
    {
        var principal = context.GenericTokenPrincipal;
        if (principal is null || context.IsRejected)
        {
            return;
        }

        var cancellationToken = context.CancellationToken;
        if (principal.GetTokenType() == TokenTypeIdentifiers.AccessToken
            && principal.GetTokenId() is { } tokenId && principal.GetExpirationDate() is { } expiresAt)
        {
            await announcements.AnnounceAsync([(tokenId, expiresAt)], cancellationToken);
            return;
        }

        if (principal.GetTokenType() == TokenTypeIdentifiers.RefreshToken && principal.GetAuthorizationId() is { } authorizationId)
        {
            var live = await announcements.LiveAccessTokensAsync(tokens.FindByAuthorizationIdAsync(authorizationId, cancellationToken), cancellationToken);
            foreach (var (id, _) in live)
            {
                if (await tokens.FindByIdAsync(id, cancellationToken) is { } entry)
                {
                    await tokens.TryRevokeAsync(entry, cancellationToken);
                }
            }

            await announcements.AnnounceAsync(live, cancellationToken);
        }
    }
}
