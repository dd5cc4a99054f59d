using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;
using Social.ServiceDefaults.Auth;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Social.Profile.Identity;

/// <summary>
/// At start, loads the access tokens revoked before they expired from the token store, so that a Profile instance
/// that starts (or restarts) after a sign-out refuses those tokens too; later revocations arrive as announcements.
/// </summary>
internal sealed class RevokedTokensAtStart(IServiceScopeFactory scopes, RevokedAccessTokens revoked, TimeProvider clock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var now = clock.GetUtcNow().UtcDateTime;
        var tokens = await scope.ServiceProvider.GetRequiredService<OAuthDbContext>()
            .Set<OpenIddictEntityFrameworkCoreToken>()
            .Where(token => token.Status == Statuses.Revoked && token.ExpirationDate > now
                && (token.Type == TokenTypeIdentifiers.AccessToken || token.Type == TokenTypeHints.AccessToken))
            .Select(token => new { token.Id, token.ExpirationDate })
            .ToListAsync(cancellationToken);
        if (tokens.Count > 0)
        {
            // Kept until the last of them expires: holding an id a little longer than needed refuses nothing valid.
            revoked.Revoke(tokens.Select(token => token.Id!), new DateTimeOffset(tokens.Max(token => token.ExpirationDate!.Value), TimeSpan.Zero));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
