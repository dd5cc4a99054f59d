namespace Social.EventBus.Outbox;

/// <summary>
/// What the relay publishes to test the broker (see <see cref="IOutboxPublisher.ProbeAsync"/>). It goes to an exchange
/// with no queue bound, so the broker confirms it and drops it.
/// </summary>
public sealed record OutboxProbe(DateTimeOffset SentAt);
