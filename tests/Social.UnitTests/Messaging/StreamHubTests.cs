using Microsoft.Extensions.Time.Testing;
using Social.Contracts.Events;
using Social.Messaging.Domain.Stream;

namespace Social.UnitTests.Messaging;

public sealed class StreamHubTests
{
    private static readonly Guid Ana = Guid.CreateVersion7();
    private static readonly Guid Bob = Guid.CreateVersion7();
    private static readonly Guid Cy = Guid.CreateVersion7();
    private static readonly Guid Conversation = Guid.CreateVersion7();
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_notice_from_another_instance_wakes_the_streams_here_and_this_instances_own_notice_does_not()
    {
        var clock = new FakeTimeProvider();
        var hub = new StreamHub(clock);
        using var bob = hub.Subscribe(Bob);

        hub.Heard(new StreamEntriesAppended { UserIds = [Bob], Origin = hub.InstanceId });
        var waiting = bob.WaitAsync(TestContext.Current.CancellationToken);
        Assert.False(waiting.IsCompleted);

        hub.Heard(new StreamEntriesAppended { UserIds = [Bob], Origin = new StreamHub(TimeProvider.System).InstanceId });
        Assert.True(await waiting);
    }

    [Fact]
    public async Task A_wake_up_before_the_wait_is_kept_and_several_collapse_into_one()
    {
        var clock = new FakeTimeProvider();
        var hub = new StreamHub(clock);
        using var bob = hub.Subscribe(Bob);

        hub.Wake([Bob]);
        hub.Wake([Bob, Cy]);
        Assert.True(await bob.WaitAsync(TestContext.Current.CancellationToken));

        bob.TakeWake();
        var waiting = bob.WaitAsync(TestContext.Current.CancellationToken);
        Assert.False(waiting.IsCompleted);
        clock.Advance(Heartbeat);
        hub.BeatIdle(Heartbeat);
        Assert.False(await waiting);
    }

    [Fact]
    public async Task A_heartbeat_timeout_ends_the_wait_without_throwing_and_the_callers_cancellation_still_throws()
    {
        var clock = new FakeTimeProvider();
        var hub = new StreamHub(clock);
        using var bob = hub.Subscribe(Bob);
        var thrown = 0;
        void Count(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e)
        {
            // Only this subscription's wait: other tests run beside this one and cancel things of their own.
            if (e.Exception is OperationCanceledException && e.Exception.StackTrace?.Contains(nameof(StreamSubscription), StringComparison.Ordinal) == true)
            {
                Interlocked.Increment(ref thrown);
            }
        }

        AppDomain.CurrentDomain.FirstChanceException += Count;
        try
        {
            var waiting = bob.WaitAsync(TestContext.Current.CancellationToken);
            clock.Advance(Heartbeat);
            hub.BeatIdle(Heartbeat);
            Assert.False(await waiting);
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Count;
        }

        // Every idle stream times out once per heartbeat: an exception each would be thousands a minute.
        Assert.Equal(0, thrown);
        using var leaving = new CancellationTokenSource();
        var cancelled = bob.WaitAsync(leaving.Token);
        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.AsTask());
    }

    [Fact]
    public async Task Each_wait_counts_its_heartbeat_from_its_own_start()
    {
        var clock = new FakeTimeProvider();
        var hub = new StreamHub(clock);
        using var bob = hub.Subscribe(Bob);

        var first = bob.WaitAsync(TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromSeconds(10));
        hub.BeatIdle(Heartbeat);
        hub.Wake([Bob]);
        Assert.True(await first);

        bob.TakeWake();
        var second = bob.WaitAsync(TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromSeconds(10));
        hub.BeatIdle(Heartbeat);
        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(5));
        hub.BeatIdle(Heartbeat);
        Assert.False(await second);
    }

    [Fact]
    public async Task A_heartbeat_due_while_the_stream_is_not_waiting_is_not_kept_for_later()
    {
        var clock = new FakeTimeProvider();
        var hub = new StreamHub(clock);
        using var bob = hub.Subscribe(Bob);

        var first = bob.WaitAsync(TestContext.Current.CancellationToken);
        hub.Wake([Bob]);
        Assert.True(await first);

        // Reading and delivering take a while: no heartbeat is owed for that time.
        bob.TakeWake();
        clock.Advance(Heartbeat * 2);
        hub.BeatIdle(Heartbeat);
        var second = bob.WaitAsync(TestContext.Current.CancellationToken);
        Assert.False(second.IsCompleted);
        hub.Wake([Bob]);
        Assert.True(await second);
    }

    [Fact]
    public async Task The_heartbeat_clock_ends_the_waits_of_idle_streams_only()
    {
        var clock = new FakeTimeProvider();
        var hub = new StreamHub(clock);
        using var bob = hub.Subscribe(Bob);
        using var cy = hub.Subscribe(Cy);
        using var heartbeats = new StreamHeartbeats(hub, Microsoft.Extensions.Options.Options.Create(new StreamOptions { HeartbeatInterval = Heartbeat }), clock);
        await heartbeats.StartAsync(TestContext.Current.CancellationToken);

        var bobWaiting = bob.WaitAsync(TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromSeconds(10));
        var cyWaiting = cy.WaitAsync(TestContext.Current.CancellationToken);
        for (var waited = TimeSpan.FromSeconds(10); waited < Heartbeat + StreamHeartbeats.Tick; waited += StreamHeartbeats.Tick)
        {
            clock.Advance(StreamHeartbeats.Tick);
            await Task.Yield();
        }

        Assert.False(await bobWaiting.AsTask().WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        Assert.False(cyWaiting.IsCompleted);
        await heartbeats.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_wake_up_ends_a_wait_in_progress()
    {
        var clock = new FakeTimeProvider();
        var hub = new StreamHub(clock);
        using var bob = hub.Subscribe(Bob);

        var waiting = bob.WaitAsync(TestContext.Current.CancellationToken);
        hub.Wake([Cy]);
        Assert.False(waiting.IsCompleted);
        hub.Wake([Bob]);
        Assert.True(await waiting);
    }

    [Fact]
    public void Typing_reaches_the_open_streams_of_its_recipients_only()
    {
        var hub = new StreamHub(TimeProvider.System);
        using var bob = hub.Subscribe(Bob);
        using var bobsOtherDevice = hub.Subscribe(Bob);
        using var cy = hub.Subscribe(Cy);

        hub.Typing(new UserTyping { ConversationId = Conversation, UserId = Ana, RecipientIds = [Bob], ExpiresAt = DateTimeOffset.UnixEpoch });

        Assert.Single(bob.TakeTyping());
        Assert.Single(bobsOtherDevice.TakeTyping());
        Assert.Empty(cy.TakeTyping());
        Assert.Empty(bob.TakeTyping());
    }

    [Fact]
    public void A_stream_that_stalls_keeps_only_the_newest_typing_notices()
    {
        var hub = new StreamHub(TimeProvider.System);
        using var bob = hub.Subscribe(Bob);
        for (var i = 0; i < 100; i++)
        {
            hub.Typing(new UserTyping { ConversationId = Conversation, UserId = Ana, RecipientIds = [Bob], ExpiresAt = DateTimeOffset.UnixEpoch.AddSeconds(i) });
        }

        var kept = bob.TakeTyping();
        Assert.Equal(32, kept.Count);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddSeconds(99), kept[^1].ExpiresAt);
    }

    [Fact]
    public void A_closed_stream_is_counted_out_and_hears_nothing_more()
    {
        var hub = new StreamHub(TimeProvider.System);
        var bob = hub.Subscribe(Bob);
        using var other = hub.Subscribe(Bob);
        Assert.Equal(2, hub.OpenStreams);

        bob.Dispose();
        hub.Typing(new UserTyping { ConversationId = Conversation, UserId = Ana, RecipientIds = [Bob], ExpiresAt = DateTimeOffset.UnixEpoch });

        Assert.Equal(1, hub.OpenStreams);
        Assert.Empty(bob.TakeTyping());
        Assert.Single(other.TakeTyping());
    }
}
