using OpenIddict.Abstractions;

namespace Social.Profile.Identity;

/// <summary>
/// Ends the sessions of a user: their tokens and authorizations are revoked, and the access tokens that were still
/// usable are announced, so that every service refuses them too. Revoking what is already revoked changes nothing, so
/// it is safe to run again (the consumers of <c>PasswordChanged</c> and <c>AccountDeleted</c> do, after the request).
/// </summary>
public sealed class SessionRevocation(
    IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations, AccessTokenAnnouncements announcements)
{
    /// <summary>Ends every session the user has.</summary>
    public Task RevokeAllAsync(Guid userId, CancellationToken cancellationToken) => RevokeAsync(userId, DateTimeOffset.MaxValue, cancellationToken);

    /// <summary>
    /// Ends the sessions created before <paramref name="before"/> (a password change: the sessions signed in with the
    /// new password after it stay). The OAuth store keeps creation times to the whole second, so a session created in
    /// the same second as <paramref name="before"/> ends too: better to sign a new session out once than to leave a
    /// stolen one alive.
    /// </summary>
    public async Task RevokeAsync(Guid userId, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var subject = userId.ToString();
        if (before == DateTimeOffset.MaxValue)
        {
            var live = await announcements.LiveAccessTokensAsync(tokens.FindBySubjectAsync(subject, cancellationToken), cancellationToken);
            await authorizations.RevokeBySubjectAsync(subject, cancellationToken);
            await tokens.RevokeBySubjectAsync(subject, cancellationToken);
            await announcements.AnnounceAsync(live, cancellationToken);
            return;
        }

        var older = await announcements.LiveAccessTokensAsync(CreatedBefore(tokens.FindBySubjectAsync(subject, cancellationToken), before, cancellationToken), cancellationToken);
        await foreach (var authorization in authorizations.FindBySubjectAsync(subject, cancellationToken))
        {
            if (await authorizations.GetCreationDateAsync(authorization, cancellationToken) is { } created && created <= before)
            {
                await authorizations.TryRevokeAsync(authorization, cancellationToken);
            }
        }

        await foreach (var token in CreatedBefore(tokens.FindBySubjectAsync(subject, cancellationToken), before, cancellationToken))
        {
            await tokens.TryRevokeAsync(token, cancellationToken);
        }

        await announcements.AnnounceAsync(older, cancellationToken);
    }

    private async IAsyncEnumerable<object> CreatedBefore(
        IAsyncEnumerable<object> all, DateTimeOffset before, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var token in all.WithCancellation(cancellationToken))
        {
            if (await tokens.GetCreationDateAsync(token, cancellationToken) is { } created && created <= before)
            {
                yield return token;
            }
        }
    }
}
