using System.Runtime.ExceptionServices;
using Social.EventBus.Outbox;

namespace Social.UnitTests.EventBus;

public sealed class OutboxSignalTests : IDisposable
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);
    private readonly OutboxSignal _signal = new();

    [Fact]
    public async Task A_notice_given_before_the_wait_ends_it_at_once()
    {
        _signal.Notify();

        var waited = _signal.WaitAsync(Long, TimeProvider.System, TestContext.Current.CancellationToken);

        Assert.True(waited.IsCompletedSuccessfully);
        await waited;
    }

    [Fact]
    public async Task Notices_given_while_nobody_waits_collapse_into_one_wake_up()
    {
        _signal.Notify();
        _signal.Notify();
        _signal.Notify();
        await _signal.WaitAsync(Long, TimeProvider.System, TestContext.Current.CancellationToken);

        var second = _signal.WaitAsync(Long, TimeProvider.System, TestContext.Current.CancellationToken);

        Assert.False(second.IsCompleted);
        _signal.Notify();
        await second.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_wait_with_no_notice_ends_after_its_timeout_without_failing()
    {
        await _signal.WaitAsync(TimeSpan.FromMilliseconds(20), TimeProvider.System, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_callers_cancellation_ends_the_wait_with_an_exception()
    {
        using var stopping = new CancellationTokenSource();
        var waiting = _signal.WaitAsync(Long, TimeProvider.System, stopping.Token);

        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public void Notifying_an_already_signalled_relay_throws_nothing_even_internally()
    {
        // Every commit notifies; under load most find the relay already signalled. An exception thrown and caught
        // inside each of those costs more than the notice itself.
        var thrown = 0;
        void Count(object? sender, FirstChanceExceptionEventArgs e)
        {
            if (e.Exception is SemaphoreFullException)
            {
                Interlocked.Increment(ref thrown);
            }
        }

        AppDomain.CurrentDomain.FirstChanceException += Count;
        try
        {
            for (var i = 0; i < 100; i++)
            {
                _signal.Notify();
            }
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Count;
        }

        Assert.Equal(0, thrown);
    }

    public void Dispose() => _signal.Dispose();
}
