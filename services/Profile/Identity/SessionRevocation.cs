using OpenIddict.Abstractions;

namespace Social.Profile.Identity;

/// <summary>
/// Ends every session of a user: all their tokens and authorizations are revoked at once, and the access tokens that
/// were still usable are announced, so that every service refuses them too.
/// </summary>
public sealed class SessionRevocation(
    IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations, AccessTokenAnnouncements announcements)
{
    public async Task RevokeAllAsync(Guid userId, CancellationToken cancellationToken)
    {
        var subject = userId.ToString();
        var live = await announcements.LiveAccessTokensAsync(tokens.FindBySubjectAsync(subject, cancellationToken), cancellationToken);
        await authorizations.RevokeBySubjectAsync(subject, cancellationToken);
        await tokens.RevokeBySubjectAsync(subject, cancellationToken);
        await announcements.AnnounceAsync(live, cancellationToken);
    }
}
