using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Social.Contracts.Events;
using Social.Messaging.Api;
using Social.Messaging.Domain.Stream;

namespace Social.UnitTests.Messaging;

/// <summary>
/// Wake-ups after a commit: this instance's streams at once, the other instances' through one bounded publish at a
/// time, so that a broker that stalls costs a bounded amount of pending work.
/// </summary>
public sealed class BusStreamWakeUpsTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_broker_that_never_answers_holds_one_publish_and_a_bounded_queue_however_many_messages_commit()
    {
        var broker = new StalledBroker();
        var hub = new StreamHub(TimeProvider.System);
        using var wakeUps = new BusStreamWakeUps(hub, broker.PublishAsync, new FakeTimeProvider(), NullLogger<BusStreamWakeUps>.Instance);
        await wakeUps.StartAsync(TestContext.Current.CancellationToken);

        wakeUps.Wake([Guid.CreateVersion7()]);
        await UntilAsync(() => broker.Started == 1, "the first notice to be published");
        for (var i = 0; i < 10 * BusStreamWakeUps.MaxWaiting; i++)
        {
            wakeUps.Wake([Guid.CreateVersion7()]);
        }

        Assert.Equal(1, broker.Started);
        Assert.Equal(BusStreamWakeUps.MaxWaiting, wakeUps.Waiting);
        await wakeUps.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task This_instances_streams_wake_at_once_while_the_broker_never_answers()
    {
        var broker = new StalledBroker();
        var hub = new StreamHub(TimeProvider.System);
        var bob = Guid.CreateVersion7();
        using var stream = hub.Subscribe(bob);
        using var wakeUps = new BusStreamWakeUps(hub, broker.PublishAsync, new FakeTimeProvider(), NullLogger<BusStreamWakeUps>.Instance);
        await wakeUps.StartAsync(TestContext.Current.CancellationToken);
        wakeUps.Wake([Guid.CreateVersion7()]);
        await UntilAsync(() => broker.Started == 1, "the first notice to be published");

        wakeUps.Wake([bob]);

        // No heartbeat ever ends this wait: it can only be over if the wake-up is already there.
        var waiting = stream.WaitAsync(TestContext.Current.CancellationToken);
        Assert.True(waiting.IsCompleted);
        Assert.True(await waiting);
        await wakeUps.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_notice_that_times_out_is_given_up_and_the_wake_ups_that_waited_leave_together_in_the_next()
    {
        var clock = new FakeTimeProvider();
        var broker = new StalledBroker { StallsFirst = 1 };
        var hub = new StreamHub(TimeProvider.System);
        var (ana, bob, cy) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        using var wakeUps = new BusStreamWakeUps(hub, broker.PublishAsync, clock, NullLogger<BusStreamWakeUps>.Instance);
        await wakeUps.StartAsync(TestContext.Current.CancellationToken);

        wakeUps.Wake([ana]);
        await UntilAsync(() => broker.Started == 1, "the first notice to be published");
        wakeUps.Wake([bob]);
        wakeUps.Wake([cy, bob]);
        Assert.Empty(broker.Confirmed);

        clock.Advance(BusStreamWakeUps.PublishTimeout);
        await UntilAsync(() => !broker.Confirmed.IsEmpty, "the waiting wake-ups to leave in one notice");
        var confirmed = broker.Confirmed.ToList();

        Assert.Single(confirmed);
        Assert.Equal(2, broker.Started);
        Assert.Equal(new HashSet<Guid> { bob, cy }, confirmed[0].UserIds.ToHashSet());
        Assert.Equal(hub.InstanceId, confirmed[0].Origin);
        await wakeUps.StopAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Waits (bounded) for what the relay's own loop does.</summary>
    private static async Task UntilAsync(Func<bool> done, string what)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!done())
        {
            Assert.True(waited.Elapsed < Wait, $"Waited {Wait} for {what}.");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>
    /// A broker that takes every notice and answers none, until its token gives up; or only the first
    /// <see cref="StallsFirst"/> of them, confirming the rest at once.
    /// </summary>
    private sealed class StalledBroker
    {
        private int _started;

        public int StallsFirst { get; init; } = int.MaxValue;

        public int Started => Volatile.Read(ref _started);

        public System.Collections.Concurrent.ConcurrentQueue<StreamEntriesAppended> Confirmed { get; } = new();

        public async Task PublishAsync(StreamEntriesAppended notice, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _started) <= StallsFirst)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            Confirmed.Enqueue(notice);
        }
    }
}
