using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Social.EventBus.Outbox;

namespace Social.UnitTests.EventBus;

/// <summary>Replicas of a service share one outbox; the relay lease lets one of them publish at a time.</summary>
[Collection(SequentialRelays.Name)]
public sealed class OutboxRelayLeaseTests : IDisposable
{
    private readonly InMemoryOutboxStore _store = new();
    private readonly ScriptedPublisher _broker = new();
    private readonly OutboxSignal _signal = new();
    private readonly OutboxOptions _options = new() { BatchSize = 10, PublishTimeout = TimeSpan.FromSeconds(2), LeaseDuration = TimeSpan.FromSeconds(15) };
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Only_the_relay_holding_the_lease_publishes()
    {
        var holder = Relay(_time);
        var standby = Relay(_time);
        var first = _store.Add("a");
        Assert.Equal(1, await holder.PublishPendingAsync(Cancellation));

        var second = _store.Add("a");
        Assert.Equal(0, await standby.PublishPendingAsync(Cancellation));
        Assert.Equal([first.MessageId], _broker.Confirmed);

        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(1, await holder.PublishPendingAsync(Cancellation));
        Assert.Equal([first.MessageId, second.MessageId], _broker.Confirmed);
    }

    [Fact]
    public async Task A_relay_that_stopped_renewing_is_replaced_once_its_lease_runs_out_and_cannot_come_back()
    {
        var crashed = Relay(_time);
        var standby = Relay(_time);
        _store.Add("a");
        await crashed.PublishPendingAsync(Cancellation);
        var waiting = _store.Add("a");

        _time.Advance(_options.LeaseDuration - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, await standby.PublishPendingAsync(Cancellation));

        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, await standby.PublishPendingAsync(Cancellation));
        Assert.Equal(waiting.MessageId, _broker.Confirmed[^1]);

        _store.Add("a");
        Assert.Equal(0, await crashed.PublishPendingAsync(Cancellation));
        Assert.Equal(2, _broker.Confirmed.Count);
    }

    [Fact]
    public async Task The_holder_renews_its_lease_as_it_publishes_so_a_standby_never_gets_in()
    {
        var holder = Relay(_time);
        var standby = Relay(_time);
        for (var minute = 0; minute < 3; minute++)
        {
            for (var step = 0; step < 12; step++)
            {
                _store.Add("a");
                Assert.Equal(1, await holder.PublishPendingAsync(Cancellation));
                Assert.Equal(0, await standby.PublishPendingAsync(Cancellation));
                _time.Advance(TimeSpan.FromSeconds(5));
            }
        }

        Assert.Equal(36, _broker.Confirmed.Count);
    }

    [Fact]
    public async Task A_stopping_relay_hands_the_outbox_over_at_once()
    {
        var stopping = Relay(TimeProvider.System);
        var standby = Relay(TimeProvider.System);
        var first = _store.Add("a");
        await stopping.StartAsync(Cancellation);
        await WaitUntilAsync(() => _store.Published.Count == 1);
        await stopping.StopAsync(Cancellation);

        var second = _store.Add("a");
        Assert.Equal(1, await standby.PublishPendingAsync(Cancellation));
        Assert.Equal([first.MessageId, second.MessageId], _broker.Confirmed);
    }

    [Fact]
    public async Task Two_running_relays_publish_every_message_once_in_commit_order()
    {
        var messages = Enumerable.Range(0, 200).Select(i => _store.Add($"user-{i % 7}").MessageId).ToList();
        using var otherSignal = new OutboxSignal();
        var first = Relay(TimeProvider.System);
        var second = new OutboxRelay(_store, _broker, otherSignal, Options.Create(_options), TimeProvider.System, NullLogger<OutboxRelay>.Instance);

        await Task.WhenAll(first.StartAsync(Cancellation), second.StartAsync(Cancellation));
        await WaitUntilAsync(() => _store.Published.Count == messages.Count);
        await Task.WhenAll(first.StopAsync(Cancellation), second.StopAsync(Cancellation));

        Assert.Equal(messages, _broker.Confirmed);
    }

    public void Dispose() => _signal.Dispose();

    private OutboxRelay Relay(TimeProvider time) =>
        new(_store, _broker, _signal, Options.Create(_options), time, NullLogger<OutboxRelay>.Instance);

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
