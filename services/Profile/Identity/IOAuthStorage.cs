namespace Social.Profile.Identity;

/// <summary>
/// Where the OAuth server's applications, authorizations and tokens live, for what OpenIddict's managers do not cover:
/// preparing the store at start and the one query made outside them. The SQLite provider keeps them in
/// <c>profile-oauth.db</c> through EF Core (<see cref="SqliteOAuthStorage"/>); the MongoDB provider in Profile's own
/// MongoDB database (<see cref="MongoDb.MongoOAuthStorage"/>).
/// </summary>
internal interface IOAuthStorage
{
    /// <summary>
    /// The turn of this instance at setting the store up (creating it, registering the clients): replicas whose store
    /// cannot settle concurrent first starts by itself take turns. Disposing the result ends the turn.
    /// </summary>
    Task<IDisposable> TakeSetupTurnAsync(CancellationToken cancellationToken);

    /// <summary>Creates the tables or indexes the store needs (idempotent).</summary>
    Task CreateSchemaAsync(CancellationToken cancellationToken);

    /// <summary>The access tokens revoked before <paramref name="now"/> that would otherwise still be usable.</summary>
    Task<IReadOnlyList<(string Id, DateTimeOffset ExpiresAt)>> RevokedAccessTokensAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
