using MongoDB.Driver;
using Social.Storage.MongoDb;

namespace Social.Profile.Identity.MongoDb;

/// <summary>
/// The OAuth server's four collections in Profile's own MongoDB database. Every write is acknowledged by a majority:
/// a refresh token marked redeemed, or a session revoked, must not come back after a failover.
/// </summary>
public sealed class OAuthCollections(MongoDatabaseContext context)
{
    public IMongoCollection<OAuthApplicationDocument> Applications { get; } =
        context.Database.GetCollection<OAuthApplicationDocument>("oauth_applications").WithWriteConcern(WriteConcern.WMajority);

    public IMongoCollection<OAuthAuthorizationDocument> Authorizations { get; } =
        context.Database.GetCollection<OAuthAuthorizationDocument>("oauth_authorizations").WithWriteConcern(WriteConcern.WMajority);

    public IMongoCollection<OAuthScopeDocument> Scopes { get; } =
        context.Database.GetCollection<OAuthScopeDocument>("oauth_scopes").WithWriteConcern(WriteConcern.WMajority);

    public IMongoCollection<OAuthTokenDocument> Tokens { get; } =
        context.Database.GetCollection<OAuthTokenDocument>("oauth_tokens").WithWriteConcern(WriteConcern.WMajority);

    /// <summary>
    /// The indexes of every lookup OpenIddict makes (idempotent: creating an existing index changes nothing). The
    /// unique ones settle races: two replicas registering one client at their first start, two reference ids alike.
    /// </summary>
    public async Task CreateIndexesAsync(CancellationToken cancellationToken)
    {
        var unique = new CreateIndexOptions { Unique = true };
        await Applications.Indexes.CreateOneAsync(
            new CreateIndexModel<OAuthApplicationDocument>(Builders<OAuthApplicationDocument>.IndexKeys.Ascending(a => a.ClientId), unique),
            cancellationToken: cancellationToken);
        await Scopes.Indexes.CreateOneAsync(
            new CreateIndexModel<OAuthScopeDocument>(Builders<OAuthScopeDocument>.IndexKeys.Ascending(s => s.Name), unique),
            cancellationToken: cancellationToken);

        var authorizationKeys = Builders<OAuthAuthorizationDocument>.IndexKeys;
        await Authorizations.Indexes.CreateManyAsync(
            [
                // Sign-out everywhere and FindAsync(subject, client, status, type) start from the subject.
                new CreateIndexModel<OAuthAuthorizationDocument>(authorizationKeys.Ascending(a => a.Subject).Ascending(a => a.ApplicationId).Ascending(a => a.Status)),
                new CreateIndexModel<OAuthAuthorizationDocument>(authorizationKeys.Ascending(a => a.ApplicationId)),
                // Pruning walks the old authorizations in creation order, and finds the tokens of ended ones by status.
                new CreateIndexModel<OAuthAuthorizationDocument>(authorizationKeys.Ascending(a => a.CreationDate)),
                new CreateIndexModel<OAuthAuthorizationDocument>(authorizationKeys.Ascending(a => a.Status)),
            ],
            cancellationToken);

        var tokenKeys = Builders<OAuthTokenDocument>.IndexKeys;
        await Tokens.Indexes.CreateManyAsync(
            [
                // Sparse: most tokens (JWT access tokens, encrypted refresh tokens) carry no reference id at all.
                new CreateIndexModel<OAuthTokenDocument>(tokenKeys.Ascending(t => t.ReferenceId), new CreateIndexOptions { Unique = true, Sparse = true }),
                new CreateIndexModel<OAuthTokenDocument>(tokenKeys.Ascending(t => t.AuthorizationId)),
                new CreateIndexModel<OAuthTokenDocument>(tokenKeys.Ascending(t => t.ApplicationId)),
                new CreateIndexModel<OAuthTokenDocument>(tokenKeys.Ascending(t => t.Subject).Ascending(t => t.Status).Ascending(t => t.Type)),
                // Pruning walks the old tokens in creation order; announcements at start look for revoked ones by expiry.
                new CreateIndexModel<OAuthTokenDocument>(tokenKeys.Ascending(t => t.CreationDate)),
                new CreateIndexModel<OAuthTokenDocument>(tokenKeys.Ascending(t => t.Status).Ascending(t => t.ExpirationDate)),
            ],
            cancellationToken);
    }
}
