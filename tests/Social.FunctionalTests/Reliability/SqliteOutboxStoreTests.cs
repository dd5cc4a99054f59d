using System.Globalization;
using Microsoft.Data.Sqlite;
using Social.EventBus.Outbox;
using Social.FunctionalTests.Storage;
using Social.Storage.Sqlite;
using Social.Testing;

namespace Social.FunctionalTests.Reliability;

public sealed class SqliteOutboxStoreTests : OutboxStoreConformance
{
    private readonly SqliteStores _stores = new();
    private SqliteDatabase _database = null!;

    protected override void ReleaseStores() => _stores.Dispose();

    protected override async Task<IOutboxStore> CreateStoreAsync()
    {
        _database = await _stores.CreateDatabaseAsync("outbox", []);
        return new SqliteOutboxStore(_database);
    }

    protected override async Task<StoredDeadLetter?> ReadDeadLetterAsync(Guid messageId)
    {
        await using var connection = await _database.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT aggregate_id, message_type, body, trace_parent, occurred_at, failed_at, attempts, error
            FROM outbox_dead_letters WHERE message_id = $id
            """;
        command.Parameters.AddWithValue("$id", messageId.ToString());
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        if (!await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            return null;
        }

        return new StoredDeadLetter(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture),
            reader.GetInt32(6),
            reader.GetString(7));
    }

    protected override Task<long> CountDeadLettersAsync() =>
        SqliteProbe.CountAsync(_database.FilePath, "SELECT COUNT(*) FROM outbox_dead_letters");
}
