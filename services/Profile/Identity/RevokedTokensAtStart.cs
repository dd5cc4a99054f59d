using Social.ServiceDefaults.Auth;

namespace Social.Profile.Identity;

/// <summary>
/// At start, loads the access tokens revoked before they expired from the token store, so that a Profile instance
/// that starts (or restarts) after a sign-out refuses those tokens too; later revocations arrive as announcements.
/// </summary>
internal sealed class RevokedTokensAtStart(IOAuthStorage storage, RevokedAccessTokens revoked, TimeProvider clock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var tokens = await storage.RevokedAccessTokensAsync(clock.GetUtcNow(), cancellationToken);
        if (tokens.Count > 0)
        {
            // Kept until the last of them expires: holding an id a little longer than needed refuses nothing valid.
            revoked.Revoke(tokens.Select(token => token.Id), tokens.Max(token => token.ExpiresAt));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
