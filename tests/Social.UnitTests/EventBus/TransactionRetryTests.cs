using Social.Storage.MongoDb;

namespace Social.UnitTests.EventBus;

public sealed class TransactionRetryTests
{
    [Fact]
    public void Waits_grow_from_the_first_delay_to_the_cap_and_are_spread_between_half_and_all_of_it()
    {
        for (var attempt = 1; attempt < TransactionRetry.MaxAttempts; attempt++)
        {
            var ceiling = Math.Min(TransactionRetry.FirstDelay.TotalMilliseconds * Math.Pow(2, attempt - 1), TransactionRetry.MaxDelay.TotalMilliseconds);
            var delays = Enumerable.Range(0, 200).Select(_ => TransactionRetry.DelayAfter(attempt).TotalMilliseconds).ToList();

            Assert.All(delays, delay => Assert.InRange(delay, ceiling / 2, ceiling));
            // Jitter: transactions that collided do not all come back at the same moment.
            Assert.True(delays.Distinct().Count() > 100, $"attempt {attempt}: {delays.Distinct().Count()} distinct delays");
        }
    }

    [Fact]
    public void A_long_run_of_conflicts_never_waits_more_than_the_cap() =>
        Assert.InRange(TransactionRetry.DelayAfter(1000), TransactionRetry.MaxDelay / 2, TransactionRetry.MaxDelay);
}
