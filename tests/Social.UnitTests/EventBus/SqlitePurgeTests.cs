using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Social.EventBus.Inbox;
using Social.EventBus.Outbox;
using Social.Storage.Sqlite;

namespace Social.UnitTests.EventBus;

/// <summary>
/// Purges on SQLite find old rows through an index and delete them a batch per write, so that the requests writing
/// beside a large purge are not held behind it.
/// </summary>
public sealed class SqlitePurgeTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private TemporarySqliteDatabase _temporary = null!;

    private SqliteDatabase Database => _temporary.Database;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _temporary = await TemporarySqliteDatabase.CreateAsync("purge", [], Cancellation);
    }

    [Fact]
    public async Task The_inbox_purge_reaches_old_receipts_through_the_processed_at_index()
    {
        var plan = await QueryPlanAsync(SqliteInboxStore.PurgeSql);

        Assert.Contains(plan, step => step.StartsWith("SEARCH inbox USING COVERING INDEX inbox_processed_at (processed_at<?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN inbox", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_outbox_purge_reaches_old_messages_through_the_published_index()
    {
        var plan = await QueryPlanAsync(SqliteOutboxStore.PurgeSql);

        Assert.Contains(plan, step => step.StartsWith("SEARCH outbox USING COVERING INDEX outbox_published (", StringComparison.Ordinal) && step.Contains("published_at<?", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN outbox", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_inbox_purge_of_several_batches_removes_exactly_the_receipts_older_than_the_cutoff()
    {
        await AddReceiptsAsync("old", 2_500, Now.AddDays(-8));
        await AddReceiptsAsync("recent", 10, Now.AddDays(-6));
        var store = new SqliteInboxStore(Database);

        Assert.Equal(1_000, await store.PurgeProcessedBeforeAsync(Now.AddDays(-7), 1_000, Cancellation));
        Assert.Equal(1_500, await store.PurgeProcessedBeforeAsync(Now.AddDays(-7), Cancellation));

        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM inbox WHERE consumer = 'old'"));
        Assert.Equal(10, await CountAsync("SELECT COUNT(*) FROM inbox WHERE consumer = 'recent'"));
    }

    [Fact]
    public async Task An_outbox_purge_of_several_batches_removes_exactly_the_messages_published_before_the_cutoff()
    {
        var store = new SqliteOutboxStore(Database);
        await AddOutboxMessagesAsync(2_500, publishedAt: Now.AddDays(-2));
        await AddOutboxMessagesAsync(10, publishedAt: Now.AddHours(-1));
        await AddOutboxMessagesAsync(10, publishedAt: null);

        Assert.Equal(1_000, await store.PurgePublishedAsync(Now.AddDays(-1), 1_000, Cancellation));
        Assert.Equal(1_500, await store.PurgePublishedAsync(Now.AddDays(-1), Cancellation));

        Assert.Equal(10, await CountAsync("SELECT COUNT(*) FROM outbox WHERE published_at IS NOT NULL"));
        Assert.Equal(10, await store.CountPendingAsync(Cancellation));
    }

    [Fact]
    public async Task A_request_writes_between_the_batches_of_a_long_inbox_purge()
    {
        await AddReceiptsAsync("old", 10_000, DateTimeOffset.UtcNow.AddDays(-30));
        var janitor = new InboxJanitor(
            new SqliteInboxStore(Database),
            Options.Create(new InboxOptions { Retention = TimeSpan.FromDays(7), PurgeBatchSize = 1_000 }),
            TimeProvider.System,
            NullLogger<InboxJanitor>.Instance);

        await janitor.StartAsync(Cancellation);
        await WaitUntilAsync(async () => await CountAsync("SELECT COUNT(*) FROM inbox WHERE consumer = 'old'") < 10_000);
        var applied = await Database.ApplyOnceAsync(new MessageReceipt("new", Guid.CreateVersion7()), DateTimeOffset.UtcNow, (_, _) => Task.CompletedTask, Cancellation);
        var leftWhenWritten = await CountAsync("SELECT COUNT(*) FROM inbox WHERE consumer = 'old'");
        await WaitUntilAsync(async () => await CountAsync("SELECT COUNT(*) FROM inbox WHERE consumer = 'old'") == 0);
        await janitor.StopAsync(Cancellation);

        Assert.True(applied);
        Assert.True(leftWhenWritten > 0, "the write waited for the whole purge");
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM inbox WHERE consumer = 'new'"));
    }

    public ValueTask DisposeAsync()
    {
        _temporary.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<IReadOnlyList<string>> QueryPlanAsync(string sql)
    {
        await using var connection = await Database.OpenAsync(Cancellation);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        command.Parameters.AddWithValue("$before", Now.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$max", 1_000);
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Cancellation);
        while (await reader.ReadAsync(Cancellation))
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }

    private async Task AddReceiptsAsync(string consumer, int count, DateTimeOffset processedAt)
    {
        await using var unit = await Database.BeginAsync(Cancellation);
        for (var i = 0; i < count; i++)
        {
            await unit.TryRecordReceiptAsync(new MessageReceipt(consumer, Guid.CreateVersion7()), processedAt, Cancellation);
        }

        await unit.CommitAsync(Cancellation);
    }

    private async Task AddOutboxMessagesAsync(int count, DateTimeOffset? publishedAt)
    {
        var messages = Enumerable.Range(0, count).Select(_ => new OutboxMessage(Guid.CreateVersion7(), "a", "test", "{}", null, Now.AddDays(-3))).ToList();
        await using (var unit = await Database.BeginAsync(Cancellation))
        {
            foreach (var message in messages)
            {
                await unit.AddOutboxMessageAsync(message, Cancellation);
            }

            await unit.CommitAsync(Cancellation);
        }

        if (publishedAt is { } at)
        {
            var store = new SqliteOutboxStore(Database);
            foreach (var message in messages)
            {
                await store.MarkPublishedAsync([message.MessageId], at, Cancellation);
            }
        }
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await Database.OpenAsync(Cancellation);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(Cancellation))!;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
