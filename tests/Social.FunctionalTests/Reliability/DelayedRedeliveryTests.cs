using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using MassTransit;
using Social.EventBus.Inbox;
using Social.FunctionalTests.Infrastructure;
using Social.Graph.Storage;
using Social.ServiceDefaults;
using Social.Testing;

namespace Social.FunctionalTests.Reliability;

/// <summary>
/// A consumer whose database is away for longer than its immediate retries: the message waits in the broker's delay
/// queues (200 ms, then 500 ms in tests) and comes back, instead of being parked in the error queue for good.
/// </summary>
public sealed class DelayedRedeliveryTests(SharedBroker broker) : IAsyncLifetime
{
    /// <summary>The first delivery and EventBus:RetryLimit = 3 immediate retries (see SuiteSettings).</summary>
    private const int AttemptsPerDelivery = 1 + 3;

    private static readonly string Queue = $"{ResourceNames.Graph}-account-created";

    private readonly FlakyGraphStore _store = FlakyGraphStore.Create();
    // Only this endpoint's: other suites in the process give up on messages of their own (a service stopping with one
    // in hand), and those must not count here.
    private readonly TaggedCounter _redeliveries = new("social.consumer.redeliveries", "level", only: ("queue", Queue));
    private readonly TaggedCounter _deadLetters = new("social.consumer.dead_letters", "queue", only: ("queue", Queue));
    private readonly InboxMeter _inbox = new();
    private readonly ConcurrentQueue<Activity> _spans = new();
    private ActivityListener? _listener;
    private Suite _suite = null!;

    public async ValueTask InitializeAsync()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "MassTransit" or "Social",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
        _suite = await Suite.StartAsync(broker.Node, services => services.Decorate<IGraphStore>(_store.Wrap));
    }

    public async ValueTask DisposeAsync()
    {
        await _suite.DisposeAsync();
        _listener?.Dispose();
        _redeliveries.Dispose();
        _deadLetters.Dispose();
        _inbox.Dispose();
    }

    [Fact]
    public async Task An_event_whose_consumer_fails_beyond_its_immediate_retries_is_redelivered_later_and_applied_once()
    {
        // Fails the first delivery and the first redelivery (each with its immediate retries); the second redelivery succeeds.
        _store.FailFirst(2 * AttemptsPerDelivery);

        var user = await new GraphApi(_suite).NewUserAsync("late");

        Assert.Equal(user.Handle, (await new GraphApi(_suite).InternalUserAsync(user.Id))?.Handle);
        Assert.Equal((2 * AttemptsPerDelivery) + 1, _store.Attempts.Count);
        Assert.Equal(1, _inbox.Applied(ConsumerNames.GraphAccountCreated));
        Assert.Equal(0, _inbox.Duplicates(ConsumerNames.GraphAccountCreated));

        // Redelivered as the same message (the inbox holds the outbox's id), in the trace the relay started.
        var relayed = Assert.Single(_spans, s => s.Source.Name == "Social" && Equals(s.GetTagItem("social.aggregate.id"), user.Id));
        var messageId = relayed.GetTagItem("messaging.message.id")?.ToString();
        Assert.Equal(1, await SqliteProbe.CountAsync(
            _suite.DatabaseOf(ResourceNames.Graph),
            "SELECT COUNT(*) FROM inbox WHERE consumer = $consumer AND message_id = $id",
            ("$consumer", ConsumerNames.GraphAccountCreated),
            ("$id", messageId!)));
        var deliveries = _spans
            .Where(s => s.Source.Name == "MassTransit" && s.DisplayName == Queue + " process" && Equals(s.GetTagItem("messaging.masstransit.message_id")?.ToString(), messageId))
            .ToList();
        Assert.True(deliveries.Count >= 3, $"the delivery and two redeliveries, not {deliveries.Count}");
        Assert.All(deliveries, d => Assert.Equal(relayed.TraceId, d.TraceId));

        // The waits come from the broker's delay queues, not from retries in memory: each is at least its delay.
        Assert.True(_store.Attempts[AttemptsPerDelivery] - _store.Attempts[AttemptsPerDelivery - 1] >= TimeSpan.FromMilliseconds(200), "first redelivery waited 200 ms");
        Assert.True(_store.Attempts[2 * AttemptsPerDelivery] - _store.Attempts[(2 * AttemptsPerDelivery) - 1] >= TimeSpan.FromMilliseconds(500), "second redelivery waited 500 ms");
        Assert.Equal([new("1", 1L), new("2", 1L)], _redeliveries.Totals);
        Assert.Equal(0u, await RabbitMqNode.CountMessagesAsync(_suite.BrokerConnectionString, Queue + "_error") ?? 0u); // null: never needed
        Assert.Equal(0, _deadLetters.Total);
    }

    [Fact]
    public async Task An_event_whose_consumer_always_fails_lands_in_the_error_queue_after_every_delay_level()
    {
        _store.FailFirst(int.MaxValue);

        var created = await ProfileApi.SignUpAsync(_suite.Profile.CreateClient(), ProfileApi.UniqueHandle());
        created.EnsureSuccessStatusCode();

        await Eventually.ReturnsAsync(
            () => RabbitMqNode.CountMessagesAsync(_suite.BrokerConnectionString, Queue + "_error"),
            count => count == 1, TimeSpan.FromSeconds(30), $"the message in {Queue}_error");
        Assert.Equal(3 * AttemptsPerDelivery, _store.Attempts.Count); // the delivery, then one per delay level
        Assert.Equal([new("1", 1L), new("2", 1L)], _redeliveries.Totals);
        Assert.Equal([new(Queue, 1L)], _deadLetters.Totals);
        Assert.Equal(0, _inbox.Applied(ConsumerNames.GraphAccountCreated));
    }

    /// <summary>Graph's real store, whose new-user writes fail (as if the disk were away) for the first calls.</summary>
    public class FlakyGraphStore : DispatchProxy
    {
        private readonly List<TimeSpan> _attempts = [];
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private IGraphStore? _inner;
        private int _failures;

        /// <summary>When each new-user write was attempted, since the store was made.</summary>
        public IReadOnlyList<TimeSpan> Attempts
        {
            get
            {
                lock (_attempts)
                {
                    return [.. _attempts];
                }
            }
        }

        public static FlakyGraphStore Create() => (FlakyGraphStore)(object)Create<IGraphStore, FlakyGraphStore>();

        public void FailFirst(int failures) => Volatile.Write(ref _failures, failures);

        public IGraphStore Wrap(IGraphStore inner)
        {
            _inner = inner;
            return (IGraphStore)(object)this;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod?.Name == nameof(IGraphStore.ApplyOnceAsync) && args?[0] is MessageReceipt { Consumer: ConsumerNames.GraphAccountCreated })
            {
                int attempt;
                lock (_attempts)
                {
                    _attempts.Add(_clock.Elapsed);
                    attempt = _attempts.Count;
                }

                if (attempt <= Volatile.Read(ref _failures))
                {
                    throw new IOException("disk unavailable");
                }
            }

            try
            {
                return targetMethod!.Invoke(_inner, args);
            }
            catch (TargetInvocationException exception) when (exception.InnerException is not null)
            {
                throw exception.InnerException;
            }
        }
    }
}
