using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Social.ServiceDefaults.Telemetry;
using Social.Storage.Sqlite;

namespace Social.UnitTests.EventBus;

/// <summary>
/// Writes leave the WAL to the checkpoint service instead of copying it themselves past SQLite's thousand pages; the
/// service's checkpoints let the WAL start over; the writer still checkpoints past its backstop.
/// </summary>
public sealed class SqliteCheckpointTests : IAsyncLifetime
{
    private static readonly SqliteMigration Pages = new("test", 1, "CREATE TABLE pages (data BLOB NOT NULL);");

    private TemporarySqliteDatabase _temporary = null!;

    private SqliteDatabase Database => _temporary.Database;

    public async ValueTask InitializeAsync()
    {
        _temporary = await TemporarySqliteDatabase.CreateAsync("checkpoint", [Pages], TestContext.Current.CancellationToken);
        // Migrating wrote through a reader's connection, which checkpoints as SQLite does; start from an empty WAL.
        await WritePagesAsync(1);
        await Database.CheckpointAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Writes_past_a_thousand_pages_leave_them_in_the_wal_for_the_checkpoint_to_copy()
    {
        // Each commit adds a few pages to the WAL (the row's, its parent's, the header's): well past a thousand in all.
        await WritePagesAsync(1000);

        var checkpoint = await Database.CheckpointAsync(TestContext.Current.CancellationToken);

        // SQLite's own checkpoint would have run in the commit that crossed 1,000 pages, and the WAL started over.
        Assert.True(checkpoint.WalPages > 1000, $"{checkpoint.WalPages} pages in the WAL");
        Assert.True(checkpoint.IsComplete);
    }

    [Fact]
    public async Task After_a_whole_checkpoint_the_next_write_starts_the_wal_over()
    {
        await WritePagesAsync(200);
        Assert.True((await Database.CheckpointAsync(TestContext.Current.CancellationToken)).IsComplete);

        await WritePagesAsync(1);

        var checkpoint = await Database.CheckpointAsync(TestContext.Current.CancellationToken);
        Assert.True(checkpoint.WalPages < 10, $"{checkpoint.WalPages} pages in the WAL");
    }

    [Fact]
    public async Task Past_its_backstop_the_writer_checkpoints_by_itself()
    {
        await WritePagesAsync(SqliteDatabase.WriterCheckpointPages + 500);

        var checkpoint = await Database.CheckpointAsync(TestContext.Current.CancellationToken);

        Assert.True(checkpoint.WalPages < SqliteDatabase.WriterCheckpointPages, $"{checkpoint.WalPages} pages in the WAL");
    }

    [Fact]
    public async Task The_service_checkpoints_at_its_interval_so_that_the_wal_starts_over()
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FakeTimeProvider();
        var name = Path.GetFileName(Database.FilePath);
        var checkpointed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == SocialTelemetry.MeterName && instrument.Name == SqliteMetrics.CheckpointDurationMetric)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "database" && Equals(tag.Value, name))
                {
                    checkpointed.TrySetResult();
                }
            }
        });
        listener.Start();
        using var service = new SqliteCheckpointService(Database, clock, NullLogger<SqliteCheckpointService>.Instance);
        await service.StartAsync(ct);
        await WritePagesAsync(1000);

        // Time passes until the service's timer has ticked (it may start waiting only after the first advance).
        while (!checkpointed.Task.IsCompleted)
        {
            clock.Advance(SqliteCheckpointService.Interval);
            await Task.WhenAny(checkpointed.Task, Task.Delay(TimeSpan.FromMilliseconds(50), ct));
        }

        await service.StopAsync(ct);
        await WritePagesAsync(1);
        var checkpoint = await Database.CheckpointAsync(ct);
        Assert.True(checkpoint.WalPages < 10, $"{checkpoint.WalPages} pages in the WAL");
    }

    public ValueTask DisposeAsync()
    {
        _temporary.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>One commit per page (a row of a page's size), as a busy service commits one small change after another.</summary>
    private async Task WritePagesAsync(int count)
    {
        var ct = TestContext.Current.CancellationToken;
        var data = new byte[3000];
        for (var i = 0; i < count; i++)
        {
            await using var unit = await Database.BeginAsync(ct);
            await unit.ExecuteAsync("INSERT INTO pages (data) VALUES ($data)", ct, ("$data", data));
            await unit.CommitAsync(ct);
        }
    }
}
