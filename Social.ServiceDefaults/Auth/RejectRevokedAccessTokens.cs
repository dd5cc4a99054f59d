using OpenIddict.Abstractions;
using OpenIddict.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace Social.ServiceDefaults.Auth;

/// <summary>
/// After OpenIddict has validated an access token (signature, issuer, audience, lifetime), refuses it when the issuer
/// announced its revocation (<see cref="RevokedAccessTokens"/>), so that signing out ends a session at every service.
/// </summary>
internal sealed class RejectRevokedAccessTokens(RevokedAccessTokens revoked) : IOpenIddictValidationHandler<ProcessAuthenticationContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ProcessAuthenticationContext>()
            .UseSingletonHandler<RejectRevokedAccessTokens>()
            .SetOrder(OpenIddictValidationHandlers.ValidateAccessToken.Descriptor.Order + 500)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ProcessAuthenticationContext context)
    {
        if (context.AccessTokenPrincipal?.GetTokenId() is { } tokenId && revoked.IsRevoked(tokenId))
        {
            context.Reject(error: Errors.InvalidToken, description: "The access token was revoked.");
        }

        return ValueTask.CompletedTask;
    }
}
