using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;

namespace Social.Profile.Identity;

public static class SqliteOAuthStores
{
    /// <summary>OpenIddict's EF Core stores over a SQLite file of their own (<paramref name="path"/>).</summary>
    public static OpenIddictCoreBuilder UseProfileSqliteStores(this OpenIddictCoreBuilder core, string path)
    {
        core.Services.AddSingleton(new OAuthStoreFile(path));
        core.Services.AddSingleton<IOAuthStorage, SqliteOAuthStorage>();
        core.Services.AddDbContextPool<OAuthDbContext>(db =>
        {
            db.UseSqlite($"Data Source={path}");
            db.UseOpenIddict();
        });
        core.UseEntityFrameworkCore().UseDbContext<OAuthDbContext>();
        // Scoped as the DbContext it works with.
        return core.ReplaceTokenStore<OpenIddictEntityFrameworkCoreToken, SqliteTokenStore>(ServiceLifetime.Scoped);
    }
}
