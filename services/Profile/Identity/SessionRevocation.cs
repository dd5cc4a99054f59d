using OpenIddict.Abstractions;

namespace Social.Profile.Identity;

/// <summary>Ends every session of a user: all their refresh tokens and authorizations are revoked at once.</summary>
public sealed class SessionRevocation(IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations)
{
    public async Task RevokeAllAsync(Guid userId, CancellationToken cancellationToken)
    {
        var subject = userId.ToString();
        await authorizations.RevokeBySubjectAsync(subject, cancellationToken);
        await tokens.RevokeBySubjectAsync(subject, cancellationToken);
    }
}
