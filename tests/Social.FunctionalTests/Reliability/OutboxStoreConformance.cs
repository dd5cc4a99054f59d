using Social.EventBus.Outbox;

namespace Social.FunctionalTests.Reliability;

/// <summary>
/// What every adapter's outbox must do for the relay, whatever the database: count failures durably, move a message
/// to the dead letters in one step. Each adapter's test class derives from this one and supplies a fresh, empty store.
/// </summary>
public abstract class OutboxStoreConformance : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);

    protected IOutboxStore Outbox { get; private set; } = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => Outbox = await CreateStoreAsync();

    public ValueTask DisposeAsync()
    {
        ReleaseStores();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Failed_attempts_are_counted_per_message_and_kept()
    {
        var first = await EnqueueAsync();
        var second = await EnqueueAsync();

        Assert.Equal(1, await Outbox.RecordFailedAttemptAsync(first.MessageId, Cancellation));
        Assert.Equal(2, await Outbox.RecordFailedAttemptAsync(first.MessageId, Cancellation));
        Assert.Equal(1, await Outbox.RecordFailedAttemptAsync(second.MessageId, Cancellation));
        Assert.Equal(3, await Outbox.RecordFailedAttemptAsync(first.MessageId, Cancellation));
    }

    [Fact]
    public async Task Several_messages_are_marked_published_in_one_call_and_the_rest_stay_pending_in_order()
    {
        var first = await EnqueueAsync();
        var second = await EnqueueAsync();
        var third = await EnqueueAsync();
        var fourth = await EnqueueAsync();

        await Outbox.MarkPublishedAsync([first.MessageId, third.MessageId], Now, Cancellation);
        await Outbox.MarkPublishedAsync([], Now, Cancellation);

        Assert.Equal([second.MessageId, fourth.MessageId], (await Outbox.ReadPendingAsync(10, Cancellation)).Select(m => m.MessageId));
        Assert.Equal(2, await Outbox.CountPendingAsync(Cancellation));
    }

    [Fact]
    public async Task A_message_no_longer_pending_has_no_attempts_to_count()
    {
        var message = await EnqueueAsync();
        await Outbox.MarkPublishedAsync([message.MessageId], Now, Cancellation);

        Assert.Equal(0, await Outbox.RecordFailedAttemptAsync(message.MessageId, Cancellation));
        Assert.Equal(0, await Outbox.RecordFailedAttemptAsync(Guid.CreateVersion7(), Cancellation));
    }

    [Fact]
    public async Task A_dead_lettered_message_leaves_the_outbox_and_keeps_everything_needed_to_replay_it()
    {
        var before = await EnqueueAsync();
        var poison = await EnqueueAsync(traceParent: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        var after = await EnqueueAsync();

        await Outbox.DeadLetterAsync(new OutboxDeadLetter(poison, 4, "System.InvalidOperationException: refused", Now.AddMinutes(5)), Cancellation);

        Assert.Equal([before.MessageId, after.MessageId], (await Outbox.ReadPendingAsync(10, Cancellation)).Select(m => m.MessageId));
        Assert.Equal(2, await Outbox.CountPendingAsync(Cancellation));
        Assert.Equal(
            new StoredDeadLetter(poison.AggregateId, poison.MessageType, poison.Body, poison.TraceParent, poison.OccurredAt, Now.AddMinutes(5), 4, "System.InvalidOperationException: refused"),
            await ReadDeadLetterAsync(poison.MessageId));
        Assert.Equal(1, await CountDeadLettersAsync());
    }

    [Fact]
    public async Task Dead_lettering_one_message_twice_leaves_one_dead_letter()
    {
        var poison = await EnqueueAsync();
        var deadLetter = new OutboxDeadLetter(poison, 1, "unknown type", Now);

        await Outbox.DeadLetterAsync(deadLetter, Cancellation);
        await Outbox.DeadLetterAsync(deadLetter with { Attempts = 2 }, Cancellation);

        Assert.Equal(1, await CountDeadLettersAsync());
        Assert.Equal(1, (await ReadDeadLetterAsync(poison.MessageId))?.Attempts);
        Assert.Equal(0, await Outbox.CountPendingAsync(Cancellation));
    }

    [Fact]
    public async Task The_backlog_counts_only_unpublished_messages()
    {
        var published = await EnqueueAsync();
        await EnqueueAsync();
        await EnqueueAsync();
        await Outbox.MarkPublishedAsync([published.MessageId], Now, Cancellation);

        Assert.Equal(2, await Outbox.CountPendingAsync(Cancellation));
    }

    [Fact]
    public async Task A_purge_batch_forgets_at_most_its_size_and_only_messages_published_before_the_cutoff()
    {
        foreach (var _ in Enumerable.Range(0, 5))
        {
            await Outbox.MarkPublishedAsync([(await EnqueueAsync()).MessageId], Now.AddDays(-2), Cancellation);
        }

        var recent = await EnqueueAsync();
        await Outbox.MarkPublishedAsync([recent.MessageId], Now.AddHours(-1), Cancellation);
        await EnqueueAsync();

        Assert.Equal(3, await Outbox.PurgePublishedAsync(Now.AddDays(-1), 3, Cancellation));
        Assert.Equal(2, await Outbox.PurgePublishedAsync(Now.AddDays(-1), 3, Cancellation));
        Assert.Equal(0, await Outbox.PurgePublishedAsync(Now.AddDays(-1), 3, Cancellation));
        // Everything published goes once it is old enough; a pending message never does.
        Assert.Equal(1, await Outbox.PurgePublishedAsync(Now.AddDays(1), 3, Cancellation));
        Assert.Equal(1, await Outbox.CountPendingAsync(Cancellation));
    }

    [Fact]
    public async Task The_relay_lease_has_one_holder_until_it_runs_out()
    {
        var lease = TimeSpan.FromSeconds(15);

        Assert.True(await Outbox.TryHoldRelayLeaseAsync("replica-a", Now, Now + lease, Cancellation));
        Assert.False(await Outbox.TryHoldRelayLeaseAsync("replica-b", Now.AddSeconds(1), Now.AddSeconds(1) + lease, Cancellation));
        // The holder renews; the other replica still waits for the renewed end, not the first one.
        Assert.True(await Outbox.TryHoldRelayLeaseAsync("replica-a", Now.AddSeconds(5), Now.AddSeconds(5) + lease, Cancellation));
        Assert.False(await Outbox.TryHoldRelayLeaseAsync("replica-b", Now.AddSeconds(16), Now.AddSeconds(16) + lease, Cancellation));

        // Not renewed in time: the other replica takes it, and the old holder cannot take it back.
        Assert.True(await Outbox.TryHoldRelayLeaseAsync("replica-b", Now.AddSeconds(20), Now.AddSeconds(20) + lease, Cancellation));
        Assert.False(await Outbox.TryHoldRelayLeaseAsync("replica-a", Now.AddSeconds(21), Now.AddSeconds(21) + lease, Cancellation));
    }

    [Fact]
    public async Task A_released_relay_lease_is_free_at_once_and_only_its_holder_can_release_it()
    {
        var lease = TimeSpan.FromSeconds(15);
        Assert.True(await Outbox.TryHoldRelayLeaseAsync("replica-a", Now, Now + lease, Cancellation));

        await Outbox.ReleaseRelayLeaseAsync("replica-b", Cancellation);
        Assert.False(await Outbox.TryHoldRelayLeaseAsync("replica-b", Now, Now + lease, Cancellation));

        await Outbox.ReleaseRelayLeaseAsync("replica-a", Cancellation);
        Assert.True(await Outbox.TryHoldRelayLeaseAsync("replica-b", Now, Now + lease, Cancellation));
    }

    protected abstract Task<IOutboxStore> CreateStoreAsync();

    /// <summary>Frees what <see cref="CreateStoreAsync"/> made (files, connections).</summary>
    protected abstract void ReleaseStores();

    /// <summary>The dead letter of <paramref name="messageId"/> as the database holds it, or null.</summary>
    protected abstract Task<StoredDeadLetter?> ReadDeadLetterAsync(Guid messageId);

    protected abstract Task<long> CountDeadLettersAsync();

    private async Task<OutboxMessage> EnqueueAsync(string? traceParent = null)
    {
        // Whole milliseconds: both databases keep at least that precision.
        var message = new OutboxMessage(Guid.CreateVersion7(), "aggregate-1", "Social.Contracts.Events.AccountCreated", """{"handle":"ana"}""", traceParent, Now);
        await Outbox.EnqueueAsync(message, Cancellation);
        return message;
    }

    /// <summary>The columns of a dead letter, compared as a whole.</summary>
    protected sealed record StoredDeadLetter(
        string AggregateId, string MessageType, string Body, string? TraceParent, DateTimeOffset OccurredAt, DateTimeOffset FailedAt, int Attempts, string Error);
}
