using MongoDB.Driver;
using Social.EventBus.Outbox;
using Social.Storage.MongoDb;

namespace Social.FunctionalTests.Storage;

/// <summary>
/// A fresh database on the MongoDB deployment named by <c>SOCIAL_TEST_MONGODB</c> (a replica set: the adapters use
/// transactions), dropped afterwards. Without the variable the MongoDB conformance tests are skipped.
/// </summary>
internal sealed class MongoStores : IDisposable
{
    public const string Variable = "SOCIAL_TEST_MONGODB";

    private readonly OutboxSignal _signal = new();
    private readonly string _databaseName = "social_test_" + Guid.NewGuid().ToString("N")[..12];
    private MongoClient? _client;

    public async Task<MongoDatabaseContext> CreateContextAsync(Func<IMongoDatabase, CancellationToken, Task> createIndexes)
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        Assert.SkipWhen(string.IsNullOrWhiteSpace(connectionString), $"MongoDB conformance skipped: {Variable} is not set.");

        _client = new MongoClient(connectionString);
        var context = new MongoDatabaseContext(_client, _databaseName, _signal, TimeProvider.System);
        await createIndexes(context.Database, TestContext.Current.CancellationToken);
        return context;
    }

    public void Dispose()
    {
        _client?.DropDatabase(_databaseName);
        _client?.Dispose();
        _signal.Dispose();
    }
}
