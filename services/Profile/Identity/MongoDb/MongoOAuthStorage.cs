using MongoDB.Driver;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Social.Profile.Identity.MongoDb;

/// <summary>
/// The OAuth store of the MongoDB provider: the four stores of this folder over Profile's own database. Replicas need
/// no turns at setup: the unique client id settles two first starts registering one client (the loser is told of a
/// concurrency conflict and reads again), and index creation is idempotent.
/// </summary>
internal sealed class MongoOAuthStorage(OAuthCollections collections) : IOAuthStorage
{
    public Task<IDisposable> TakeSetupTurnAsync(CancellationToken cancellationToken) => Task.FromResult<IDisposable>(NoTurn.Instance);

    public Task CreateSchemaAsync(CancellationToken cancellationToken) => collections.CreateIndexesAsync(cancellationToken);

    public async Task<IReadOnlyList<(string Id, DateTimeOffset ExpiresAt)>> RevokedAccessTokensAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var utcNow = now.UtcDateTime;
        string[] accessTokenTypes = [TokenTypeIdentifiers.AccessToken, TokenTypeHints.AccessToken];
        var tokens = await collections.Tokens
            .Find(t => t.Status == Statuses.Revoked && t.ExpirationDate > utcNow && accessTokenTypes.Contains(t.Type))
            .Project(t => new { t.Id, t.ExpirationDate })
            .ToListAsync(cancellationToken);
        return [.. tokens.Select(t => (t.Id, StoredValues.ReadDate(t.ExpirationDate)!.Value))];
    }

    private sealed class NoTurn : IDisposable
    {
        public static readonly NoTurn Instance = new();

        public void Dispose()
        {
        }
    }
}
