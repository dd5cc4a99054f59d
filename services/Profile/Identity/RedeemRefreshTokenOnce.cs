using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Social.Profile.Identity;

/// <summary>
/// A refresh token is redeemed at most once, whatever the number of instances: the redemption is a conditional write
/// in the token store (the entry must still be valid and unchanged since this request read it). OpenIddict marks the
/// token redeemed too, but ignores a failure to do so for refresh tokens (to allow a reuse leeway), so two requests
/// with one token on two instances could both get new tokens; this handler, run just before OpenIddict's, refuses
/// the loser with <c>invalid_grant</c> and ends the whole session (the authorization, its tokens, and the access
/// tokens still usable, announced to every service), as reuse of a rotated refresh token does.
/// </summary>
internal sealed class RedeemRefreshTokenOnce(
    IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations, AccessTokenAnnouncements announcements)
    : IOpenIddictServerHandler<ProcessSignInContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
            .AddFilter<OpenIddictServerHandlerFilters.RequireDegradedModeDisabled>()
            .AddFilter<OpenIddictServerHandlerFilters.RequireTokenStorageEnabled>()
            .UseScopedHandler<RedeemRefreshTokenOnce>()
            .SetOrder(OpenIddictServerHandlers.RedeemTokenEntry.Descriptor.Order - 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ProcessSignInContext context)
    {
        if (context.EndpointType is not OpenIddictServerEndpointType.Token || !context.Request.IsRefreshTokenGrantType())
        {
            return;
        }

        var principal = context.Transaction
            .GetProperty<ProcessAuthenticationContext>(typeof(ProcessAuthenticationContext).FullName!)?.RefreshTokenPrincipal;
        if (principal?.GetTokenId() is not { } tokenId)
        {
            // A refresh token without a store entry cannot be tracked; this server issues none.
            return;
        }

        var cancellationToken = context.CancellationToken;
        var token = await tokens.FindByIdAsync(tokenId, cancellationToken);
        // The entry as this request validated it: the write succeeds only if no one changed it since (another
        // instance redeeming it, a sign-out revoking it); TryRedeemAsync reports that lost race as false.
        if (token is not null && await tokens.HasStatusAsync(token, Statuses.Valid, cancellationToken)
            && await tokens.TryRedeemAsync(token, cancellationToken))
        {
            return;
        }

        var authorizationId = principal.GetAuthorizationId()
            ?? (token is null ? null : await tokens.GetAuthorizationIdAsync(token, cancellationToken));
        if (authorizationId is not null)
        {
            await EndSessionAsync(authorizationId, cancellationToken);
        }

        context.Reject(Errors.InvalidGrant, "The refresh token is no longer valid.");
    }

    /// <summary>
    /// Revokes the authorization (so that no token of it is accepted again, even one the winner issues after this)
    /// and its tokens, and announces the access tokens of the session that were still usable.
    /// </summary>
    private async Task EndSessionAsync(string authorizationId, CancellationToken cancellationToken)
    {
        var live = await announcements.LiveAccessTokensAsync(tokens.FindByAuthorizationIdAsync(authorizationId, cancellationToken), cancellationToken);
        if (await authorizations.FindByIdAsync(authorizationId, cancellationToken) is { } authorization)
        {
            await authorizations.TryRevokeAsync(authorization, cancellationToken);
        }

        await tokens.RevokeByAuthorizationIdAsync(authorizationId, cancellationToken);
        await announcements.AnnounceAsync(live, cancellationToken);
    }
}
