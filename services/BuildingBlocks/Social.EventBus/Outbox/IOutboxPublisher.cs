namespace Social.EventBus.Outbox;

/// <summary>Hands outbox messages to the broker; each call completes only once the broker confirmed.</summary>
public interface IOutboxPublisher
{
    /// <summary>
    /// Publishes one message. Throws <see cref="UnpublishableMessageException"/> when the message itself cannot be
    /// published (no retry would help), anything else when the broker did not confirm it.
    /// </summary>
    Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Publishes a message no one consumes and waits for the broker's confirm: proof that the broker accepts
    /// publishes right now. Throws when it does not.
    /// </summary>
    Task ProbeAsync(CancellationToken cancellationToken);
}
