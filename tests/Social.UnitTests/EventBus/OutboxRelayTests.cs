using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Social.EventBus.Outbox;

namespace Social.UnitTests.EventBus;

[Collection(SequentialRelays.Name)]
public sealed class OutboxRelayTests : IDisposable
{
    private readonly InMemoryOutboxStore _store = new();
    private readonly ScriptedPublisher _broker = new();
    private readonly OutboxSignal _signal = new();
    private readonly OutboxOptions _options = new() { BatchSize = 10, PublishTimeout = TimeSpan.FromMilliseconds(200) };

    [Fact]
    public async Task Publishes_in_commit_order_and_marks_each_message_published()
    {
        var first = _store.Add("a");
        var second = _store.Add("b");
        var third = _store.Add("a");

        var published = await Relay().PublishPendingAsync(TestContext.Current.CancellationToken);

        Assert.Equal(3, published);
        Assert.Equal([first.MessageId, second.MessageId, third.MessageId], _broker.Confirmed);
        Assert.Equal(_broker.Confirmed, _store.Published);
        Assert.Equal(1, _store.MarkCalls);
    }

    [Fact]
    public async Task A_failed_publish_stops_the_batch_so_no_later_event_overtakes_it()
    {
        var first = _store.Add("a");
        var failing = _store.Add("a");
        var later = _store.Add("a");
        _broker.IsDown = message => message.MessageId == failing.MessageId;
        var relay = Relay();

        await Assert.ThrowsAsync<InvalidOperationException>(() => relay.PublishPendingAsync(TestContext.Current.CancellationToken));

        Assert.Equal([first.MessageId], _broker.Confirmed);
        Assert.Equal([first.MessageId], _store.Published);
        Assert.Equal(1, _store.AttemptsOf(failing.MessageId));

        _broker.IsDown = _ => false;
        await relay.PublishPendingAsync(TestContext.Current.CancellationToken);

        Assert.Equal([first.MessageId, failing.MessageId, later.MessageId], _broker.Confirmed);
    }

    [Fact]
    public async Task A_publish_without_confirm_times_out_and_stays_pending()
    {
        var message = _store.Add("a");
        _broker.Hangs = true;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Relay().PublishPendingAsync(TestContext.Current.CancellationToken));

        Assert.Empty(_store.Published);
        Assert.Equal(1, _store.AttemptsOf(message.MessageId));
    }

    [Fact]
    public async Task The_background_relay_retries_until_the_broker_is_back_then_delivers_everything()
    {
        var messages = Enumerable.Range(0, 25).Select(i => _store.Add($"user-{i % 3}")).ToList();
        var brokerUp = false;
        _broker.IsDown = _ => !Volatile.Read(ref brokerUp);
        _broker.ConfirmsProbes = () => Volatile.Read(ref brokerUp);
        _options.MinRetryDelay = TimeSpan.FromMilliseconds(10);
        _options.MaxRetryDelay = TimeSpan.FromMilliseconds(50);
        var relay = Relay();

        await relay.StartAsync(TestContext.Current.CancellationToken);
        await Task.Delay(200, TestContext.Current.CancellationToken);
        Assert.Empty(_broker.Confirmed);

        Volatile.Write(ref brokerUp, true);
        await WaitUntilAsync(() => _store.Published.Count == messages.Count);
        await relay.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(messages.Select(m => m.MessageId), _broker.Confirmed);
    }

    [Fact]
    public void Retry_delay_grows_exponentially_and_is_capped()
    {
        _options.MinRetryDelay = TimeSpan.FromMilliseconds(100);
        _options.MaxRetryDelay = TimeSpan.FromSeconds(2);
        var relay = Relay();

        var first = relay.RetryDelay(1);
        var third = relay.RetryDelay(3);
        var hundredth = relay.RetryDelay(100);

        Assert.InRange(first.TotalMilliseconds, 80, 120);
        Assert.InRange(third.TotalMilliseconds, 320, 480);
        Assert.InRange(hundredth.TotalMilliseconds, 1600, 2000);
    }

    [Fact]
    public async Task Purges_only_messages_published_before_the_retention_window()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _store.Add("a");
        await Relay(time).PublishPendingAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, await _store.PurgePublishedAsync(time.GetUtcNow() - _options.Retention, TestContext.Current.CancellationToken));
        time.Advance(_options.Retention + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await _store.PurgePublishedAsync(time.GetUtcNow() - _options.Retention, TestContext.Current.CancellationToken));
    }

    public void Dispose() => _signal.Dispose();

    private OutboxRelay Relay(TimeProvider? time = null) =>
        new(_store, _broker, _signal, Options.Create(_options), time ?? TimeProvider.System, NullLogger<OutboxRelay>.Instance);

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
