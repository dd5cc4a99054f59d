using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Social.EventBus.Inbox;
using Social.EventBus.Outbox;

namespace Social.Storage.Sqlite;

public static class SqliteStorageExtensions
{
    /// <summary>
    /// The service's SQLite database (<c>{Storage:DataDirectory}/{serviceName}.db</c>), migrated before the service
    /// starts taking requests, with its outbox.
    /// </summary>
    public static TBuilder AddSqliteDatabase<TBuilder>(this TBuilder builder, string serviceName, IEnumerable<SqliteMigration> migrations)
        where TBuilder : IHostApplicationBuilder
    {
        var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var migrationList = migrations.ToList();

        builder.Services.AddSingleton<IOutboxSignal, OutboxSignal>();
        builder.Services.AddSingleton(services => new SqliteDatabase(
            Path.Combine(storage.DataDirectory, serviceName + ".db"),
            migrationList,
            services.GetRequiredService<IOutboxSignal>()));
        builder.Services.AddSingleton<IOutboxStore, SqliteOutboxStore>();
        builder.Services.AddSingleton<IInboxStore, SqliteInboxStore>();
        // Registered before the web server and the relay, so both start on a migrated schema.
        builder.Services.AddHostedService<SqliteMigrationService>();
        builder.Services.AddHostedService<SqliteCheckpointService>();
        return builder;
    }
}
