using Microsoft.Extensions.DependencyInjection;

namespace Social.Profile.Identity.MongoDb;

public static class MongoOAuthStores
{
    /// <summary>
    /// OpenIddict's applications, authorizations, scopes and tokens in the service's MongoDB database (its
    /// <see cref="Social.Storage.MongoDb.MongoDatabaseContext"/> must be registered), with the documents of this folder.
    /// </summary>
    public static OpenIddictCoreBuilder UseProfileMongoDbStores(this OpenIddictCoreBuilder core)
    {
        core.Services.AddSingleton<OAuthCollections>();
        core.Services.AddSingleton<IOAuthStorage, MongoOAuthStorage>();
        // The stores hold no per-request state, only the shared MongoDB client's collections.
        return core
            .SetDefaultApplicationEntity<OAuthApplicationDocument>()
            .SetDefaultAuthorizationEntity<OAuthAuthorizationDocument>()
            .SetDefaultScopeEntity<OAuthScopeDocument>()
            .SetDefaultTokenEntity<OAuthTokenDocument>()
            .ReplaceApplicationStore<OAuthApplicationDocument, MongoApplicationStore>(ServiceLifetime.Singleton)
            .ReplaceAuthorizationStore<OAuthAuthorizationDocument, MongoAuthorizationStore>(ServiceLifetime.Singleton)
            .ReplaceScopeStore<OAuthScopeDocument, MongoScopeStore>(ServiceLifetime.Singleton)
            .ReplaceTokenStore<OAuthTokenDocument, MongoTokenStore>(ServiceLifetime.Singleton);
    }
}
