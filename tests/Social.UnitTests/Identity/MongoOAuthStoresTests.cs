using Microsoft.Extensions.DependencyInjection;
using MongoDB.Driver;
using OpenIddict.Abstractions;
using Social.EventBus.Outbox;
using Social.Profile.Identity.MongoDb;
using Social.Storage.MongoDb;

namespace Social.UnitTests.Identity;

/// <summary>
/// The MongoDB provider's OAuth registration resolves: OpenIddict's four managers get the MongoDB stores and their
/// documents. (A MongoDB client connects on first use only, so no server is needed to build the graph.)
/// </summary>
public sealed class MongoOAuthStoresTests
{
    [Fact]
    public async Task OpenIddicts_managers_resolve_over_the_mongodb_stores_and_documents()
    {
        using var signal = new OutboxSignal();
        using var client = new MongoClient("mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=100");
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new MongoDatabaseContext(client, "profile", signal, TimeProvider.System));
        services.AddOpenIddict().AddCore().UseProfileMongoDbStores();
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await using var scope = provider.CreateAsyncScope();

        Assert.IsType<MongoTokenStore>(scope.ServiceProvider.GetRequiredService<IOpenIddictTokenStore<OAuthTokenDocument>>());
        Assert.IsType<MongoAuthorizationStore>(scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationStore<OAuthAuthorizationDocument>>());
        Assert.IsType<MongoApplicationStore>(scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationStore<OAuthApplicationDocument>>());
        Assert.IsType<MongoScopeStore>(scope.ServiceProvider.GetRequiredService<IOpenIddictScopeStore<OAuthScopeDocument>>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<IOpenIddictScopeManager>());
    }
}
