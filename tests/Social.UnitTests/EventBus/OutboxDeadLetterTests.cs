using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Social.EventBus.Outbox;
using Social.ServiceDefaults.Telemetry;

namespace Social.UnitTests.EventBus;

/// <summary>
/// A message the relay can never publish is moved to the dead letters so later events still leave, in commit order;
/// a broker outage never dead-letters anything.
/// </summary>
[Collection(SequentialRelays.Name)]
public sealed class OutboxDeadLetterTests : IDisposable
{
    private readonly InMemoryOutboxStore _store = new();
    private readonly ScriptedPublisher _broker = new();
    private readonly OutboxSignal _signal = new();
    private readonly OutboxOptions _options = new()
    {
        BatchSize = 10,
        PublishTimeout = TimeSpan.FromMilliseconds(200),
        MinRetryDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryDelay = TimeSpan.FromMilliseconds(50),
        MaxAttempts = 3,
    };

    [Fact]
    public async Task A_message_that_cannot_be_published_is_dead_lettered_at_once_and_later_messages_go_out_in_order()
    {
        using var deadLetters = new LongCounter(OutboxMetrics.DeadLettersMetric);
        var first = _store.Add("a");
        var poison = _store.Add("a");
        var third = _store.Add("b");
        var fourth = _store.Add("a");
        _broker.IsUnpublishable = message => message.MessageId == poison.MessageId;

        var processed = await Relay().PublishPendingAsync(TestContext.Current.CancellationToken);

        Assert.Equal(4, processed);
        Assert.Equal([first.MessageId, third.MessageId, fourth.MessageId], _broker.Confirmed);
        var deadLetter = Assert.Single(_store.DeadLetters);
        Assert.Equal(poison, deadLetter.Message);
        Assert.Equal(1, deadLetter.Attempts);
        Assert.Contains("Unknown integration event type 'test'", deadLetter.Error, StringComparison.Ordinal);
        Assert.Empty(await _store.ReadPendingAsync(10, TestContext.Current.CancellationToken));
        Assert.Equal(1, deadLetters.Total);
    }

    [Fact]
    public async Task A_message_the_broker_keeps_refusing_while_it_confirms_probes_is_dead_lettered_after_max_attempts_even_across_restarts()
    {
        var refused = _store.Add("a");
        var later = _store.Add("a");
        _broker.IsDown = message => message.MessageId == refused.MessageId;
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);

        for (var attempt = 1; attempt < _options.MaxAttempts; attempt++)
        {
            // A new relay each time: the count lives in the store, as it would across process restarts (a crashed
            // relay keeps its lease until it runs out, so each restart comes after that).
            await Assert.ThrowsAsync<InvalidOperationException>(() => Relay(time).PublishPendingAsync(TestContext.Current.CancellationToken));
            Assert.Equal(attempt, _store.AttemptsOf(refused.MessageId));
            Assert.Empty(_broker.Confirmed);
            time.Advance(_options.LeaseDuration);
        }

        await Relay(time).PublishPendingAsync(TestContext.Current.CancellationToken);

        Assert.Equal([later.MessageId], _broker.Confirmed);
        var deadLetter = Assert.Single(_store.DeadLetters);
        Assert.Equal(refused.MessageId, deadLetter.Message.MessageId);
        Assert.Equal(_options.MaxAttempts, deadLetter.Attempts);
        Assert.Contains("broker unreachable", deadLetter.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broker_outage_counts_no_failure_against_any_message_however_long_it_lasts()
    {
        var messages = Enumerable.Range(0, 5).Select(i => _store.Add($"user-{i % 2}")).ToList();
        var brokerUp = false;
        _broker.IsDown = _ => !Volatile.Read(ref brokerUp);
        _broker.ConfirmsProbes = () => Volatile.Read(ref brokerUp);
        var relay = Relay();

        await relay.StartAsync(TestContext.Current.CancellationToken);
        // Far more failed cycles than MaxAttempts, each followed by a failed probe.
        await WaitUntilAsync(() => _broker.Probes > _options.MaxAttempts * 3);
        Assert.All(messages, m => Assert.Equal(0, _store.AttemptsOf(m.MessageId)));

        Volatile.Write(ref brokerUp, true);
        await WaitUntilAsync(() => _store.Published.Count == messages.Count);
        await relay.StopAsync(TestContext.Current.CancellationToken);

        Assert.Empty(_store.DeadLetters);
        Assert.Equal(messages.Select(m => m.MessageId), _broker.Confirmed);
    }

    [Fact]
    public async Task The_pending_gauge_reports_the_backlog_while_the_broker_is_away_and_zero_once_it_drained()
    {
        using var pending = new MeterListener();
        long? observed = null;
        pending.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == SocialTelemetry.MeterName && instrument.Name == OutboxMetrics.PendingMetric)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        pending.SetMeasurementEventCallback<long>((_, value, _, _) => observed = value);
        pending.Start();
        foreach (var i in Enumerable.Range(0, 7))
        {
            _store.Add($"user-{i}");
        }

        var brokerUp = false;
        _broker.IsDown = _ => !Volatile.Read(ref brokerUp);
        _broker.ConfirmsProbes = () => Volatile.Read(ref brokerUp);
        var relay = Relay();
        await relay.StartAsync(TestContext.Current.CancellationToken);

        await WaitUntilAsync(() =>
        {
            pending.RecordObservableInstruments();
            return observed == 7;
        });
        Volatile.Write(ref brokerUp, true);
        await WaitUntilAsync(() =>
        {
            pending.RecordObservableInstruments();
            return observed == 0;
        });
        await relay.StopAsync(TestContext.Current.CancellationToken);
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
