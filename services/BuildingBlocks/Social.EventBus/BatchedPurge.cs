namespace Social.EventBus;

/// <summary>
/// Deletes what a purge selects one batch at a time, each batch its own short write. One big delete would hold
/// SQLite's single write lock for as long as it runs (and MongoDB's write tickets), and every request that writes
/// would queue behind it.
/// </summary>
public static class BatchedPurge
{
    /// <summary>
    /// Between batches: longer than Microsoft.Data.Sqlite's 150 ms wait before it retries a busy statement, so a writer
    /// that found the lock taken gets it before the next batch does.
    /// </summary>
    public static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(200);

    /// <summary>Runs <paramref name="purgeBatch"/> until it deletes fewer than <paramref name="batchSize"/>; returns the total.</summary>
    public static async Task<long> RunAsync(
        Func<int, CancellationToken, Task<int>> purgeBatch,
        int batchSize,
        TimeSpan pause,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        long total = 0;
        while (true)
        {
            var purged = await purgeBatch(batchSize, cancellationToken);
            total += purged;
            if (purged < batchSize)
            {
                return total;
            }

            if (pause > TimeSpan.Zero)
            {
                await Task.Delay(pause, timeProvider, cancellationToken);
            }
        }
    }
}
