using Microsoft.Extensions.DependencyInjection;
using Social.Profile.Identity.MongoDb;

namespace Social.FunctionalTests.Storage;

/// <summary>The MongoDB provider's OAuth store: the stores of <c>Identity/MongoDb</c> over a fresh database.</summary>
public sealed class MongoOAuthStoreTests : OAuthStoreConformance
{
    private readonly MongoStores _stores = new();

    protected override void ReleaseStores() => _stores.Dispose();

    protected override async Task AddStoresAsync(OpenIddictCoreBuilder core)
    {
        // The indexes are the store's own (IOAuthStorage.CreateSchemaAsync), made as at a Profile start.
        core.Services.AddSingleton(await _stores.CreateContextAsync((_, _) => Task.CompletedTask));
        core.UseProfileMongoDbStores();
    }
}
