using System.Diagnostics;
using MassTransit;
using Social.ServiceDefaults.Telemetry;

namespace Social.EventBus.Outbox;

/// <summary>
/// Publishes through MassTransit on RabbitMQ. Publisher confirms are on by default there, so the returned task
/// completes only when the broker has the message. The outbox message id becomes the MassTransit message id.
/// </summary>
public sealed class MassTransitOutboxPublisher(IBus bus) : IOutboxPublisher
{
    public async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = EventTypes.Deserialize(message);
        var messageType = payload.GetType();

        // Continue the trace of the request that wrote the event; tag ids only, never content.
        ActivityContext.TryParse(message.TraceParent, null, out var parent);
        using var activity = SocialTelemetry.ActivitySource.StartActivity(
            $"outbox relay {messageType.Name}", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.message.id", message.MessageId);
        activity?.SetTag("social.aggregate.id", message.AggregateId);

        await bus.Publish(payload, messageType, context => context.MessageId = message.MessageId, cancellationToken);
    }
}
