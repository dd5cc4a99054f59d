using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MongoDB.Driver;
using Social.Storage.MongoDb;
using Social.Storage.Sqlite;

namespace Social.Storage;

public static class StorageExtensions
{
    /// <summary>
    /// The service's database on the adapter chosen by <c>Storage:Provider</c> (SQLite unless told otherwise), with
    /// its outbox and inbox, and <typeparamref name="TPort"/> implemented by that adapter.
    /// </summary>
    public static TBuilder AddServiceStorage<TBuilder, TPort, TSqliteAdapter, TMongoAdapter>(
        this TBuilder builder,
        string serviceName,
        IEnumerable<SqliteMigration> sqliteSchema,
        Func<IMongoDatabase, CancellationToken, Task> mongoIndexes)
        where TBuilder : IHostApplicationBuilder
        where TPort : class
        where TSqliteAdapter : class, TPort
        where TMongoAdapter : class, TPort
    {
        if (builder.AddServiceStorage(serviceName, sqliteSchema, mongoIndexes) == StorageProvider.MongoDb)
        {
            builder.Services.AddSingleton<TPort, TMongoAdapter>();
        }
        else
        {
            builder.Services.AddSingleton<TPort, TSqliteAdapter>();
        }

        return builder;
    }

    /// <summary>The service's database (outbox and inbox included) on the configured adapter; returns which one.</summary>
    public static StorageProvider AddServiceStorage(
        this IHostApplicationBuilder builder,
        string serviceName,
        IEnumerable<SqliteMigration> sqliteSchema,
        Func<IMongoDatabase, CancellationToken, Task>? mongoIndexes = null)
    {
        var provider = builder.Configuration.GetValue($"{StorageOptions.SectionName}:{nameof(StorageOptions.Provider)}", StorageProvider.Sqlite);
        if (provider == StorageProvider.MongoDb)
        {
            builder.AddMongoDatabase(serviceName, mongoIndexes ?? ((_, _) => Task.CompletedTask));
        }
        else
        {
            builder.AddSqliteDatabase(serviceName, sqliteSchema);
        }

        return provider;
    }
}
