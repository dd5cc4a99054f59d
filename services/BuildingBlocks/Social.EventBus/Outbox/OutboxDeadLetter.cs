namespace Social.EventBus.Outbox;

/// <summary>
/// An outbox message the relay gave up on, with why: kept (never purged) for someone to inspect, fix and re-enqueue.
/// <paramref name="Attempts"/> counts the failed publishes held against the message, the last one included.
/// </summary>
public sealed record OutboxDeadLetter(OutboxMessage Message, int Attempts, string Error, DateTimeOffset FailedAt);
