using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Social.Profile.Identity;
using Social.Testing;

namespace Social.FunctionalTests.Storage;

/// <summary>The SQLite provider's OAuth store: OpenIddict's EF Core stores over a file of their own.</summary>
public sealed class SqliteOAuthStoreTests : OAuthStoreConformance
{
    private readonly TemporaryDirectory _folder = new();

    protected override Task AddStoresAsync(OpenIddictCoreBuilder core)
    {
        core.UseProfileSqliteStores(Path.Combine(_folder.Path, "profile-oauth.db"));
        return Task.CompletedTask;
    }

    protected override void ReleaseStores()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
