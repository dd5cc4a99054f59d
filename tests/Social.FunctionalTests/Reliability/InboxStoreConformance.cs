using Social.EventBus.Inbox;

namespace Social.FunctionalTests.Reliability;

/// <summary>
/// What every adapter's inbox must do for its janitor, whatever the database: forget old receipts a bounded batch at a
/// time. Each adapter's test class derives from this one and supplies a fresh, empty store.
/// </summary>
public abstract class InboxStoreConformance : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);

    protected IInboxStore Inbox { get; private set; } = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => Inbox = await CreateStoreAsync();

    public ValueTask DisposeAsync()
    {
        ReleaseStores();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_purge_batch_forgets_at_most_its_size_and_only_receipts_older_than_the_cutoff()
    {
        await RecordAsync(Receipts("old", 5), Now.AddDays(-8));
        await RecordAsync(Receipts("recent", 2), Now.AddDays(-6));

        Assert.Equal(3, await Inbox.PurgeProcessedBeforeAsync(Now.AddDays(-7), 3, Cancellation));
        Assert.Equal(2, await Inbox.PurgeProcessedBeforeAsync(Now.AddDays(-7), 3, Cancellation));
        Assert.Equal(0, await Inbox.PurgeProcessedBeforeAsync(Now.AddDays(-7), 3, Cancellation));
        Assert.Equal(2, await CountAsync());
    }

    [Fact]
    public async Task A_whole_purge_takes_as_many_batches_as_it_needs()
    {
        await RecordAsync(Receipts("old", 2_500), Now.AddDays(-8));
        await RecordAsync(Receipts("recent", 3), Now.AddDays(-6));

        Assert.Equal(2_500, await Inbox.PurgeProcessedBeforeAsync(Now.AddDays(-7), Cancellation));
        Assert.Equal(3, await CountAsync());
    }

    protected abstract Task<IInboxStore> CreateStoreAsync();

    /// <summary>Frees what <see cref="CreateStoreAsync"/> made (files, connections).</summary>
    protected abstract void ReleaseStores();

    /// <summary>Records receipts as consumers would have at <paramref name="processedAt"/>.</summary>
    protected abstract Task RecordAsync(IReadOnlyList<MessageReceipt> receipts, DateTimeOffset processedAt);

    protected abstract Task<long> CountAsync();

    private static List<MessageReceipt> Receipts(string consumer, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => new MessageReceipt(consumer, Guid.CreateVersion7()))];
}
