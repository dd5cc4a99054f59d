using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Social.Profile.Identity;

/// <summary>
/// The OAuth store of the SQLite provider: OpenIddict's EF Core stores over <c>profile-oauth.db</c>, a file of its own
/// beside <c>profile.db</c>. Replicas sharing the data directory take turns at setup (<see cref="ExclusiveFileLock"/>):
/// two first starts at once would otherwise both create the tables, or both register a client.
/// </summary>
internal sealed class SqliteOAuthStorage(OAuthStoreFile file, IServiceScopeFactory scopes) : IOAuthStorage
{
    public async Task<IDisposable> TakeSetupTurnAsync(CancellationToken cancellationToken) =>
        await ExclusiveFileLock.AcquireAsync(file.Path + ".setup-lock", cancellationToken);

    /// <summary>The file holds OpenIddict's tables only, so EnsureCreated is enough: no other schema shares it.</summary>
    public async Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OAuthDbContext>().Database.EnsureCreatedAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<(string Id, DateTimeOffset ExpiresAt)>> RevokedAccessTokensAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var utcNow = now.UtcDateTime;
        var tokens = await scope.ServiceProvider.GetRequiredService<OAuthDbContext>()
            .Set<OpenIddictEntityFrameworkCoreToken>()
            .Where(token => token.Status == Statuses.Revoked && token.ExpirationDate > utcNow
                && (token.Type == TokenTypeIdentifiers.AccessToken || token.Type == TokenTypeHints.AccessToken))
            .Select(token => new { token.Id, token.ExpirationDate })
            .ToListAsync(cancellationToken);
        return [.. tokens.Select(token => (token.Id!, new DateTimeOffset(token.ExpirationDate!.Value, TimeSpan.Zero)))];
    }
}
