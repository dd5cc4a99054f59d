using Social.EventBus.Inbox;
using Social.FunctionalTests.Storage;
using Social.Storage.Sqlite;
using Social.Testing;

namespace Social.FunctionalTests.Reliability;

public sealed class SqliteInboxStoreTests : InboxStoreConformance
{
    private readonly SqliteStores _stores = new();
    private SqliteDatabase _database = null!;

    protected override void ReleaseStores() => _stores.Dispose();

    protected override async Task<IInboxStore> CreateStoreAsync()
    {
        _database = await _stores.CreateDatabaseAsync("inbox", []);
        return new SqliteInboxStore(_database);
    }

    protected override async Task RecordAsync(IReadOnlyList<MessageReceipt> receipts, DateTimeOffset processedAt)
    {
        await using var unit = await _database.BeginAsync(TestContext.Current.CancellationToken);
        foreach (var receipt in receipts)
        {
            await unit.TryRecordReceiptAsync(receipt, processedAt, TestContext.Current.CancellationToken);
        }

        await unit.CommitAsync(TestContext.Current.CancellationToken);
    }

    protected override Task<long> CountAsync() => SqliteProbe.CountAsync(_database.FilePath, "SELECT COUNT(*) FROM inbox");
}
