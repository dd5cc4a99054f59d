using Microsoft.Extensions.Hosting;

namespace Social.Storage.Sqlite;

/// <summary>Brings the schema up to date at start-up, before anything reads or writes.</summary>
internal sealed class SqliteMigrationService(SqliteDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
