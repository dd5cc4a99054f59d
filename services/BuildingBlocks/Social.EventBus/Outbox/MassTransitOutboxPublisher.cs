using System.Diagnostics;
using System.Runtime.Serialization;
using MassTransit;
using Social.ServiceDefaults.Telemetry;

namespace Social.EventBus.Outbox;

/// <summary>
/// Publishes through MassTransit on RabbitMQ. Publisher confirms are on by default there, so the returned task
/// completes only when the broker has the message. The outbox message id becomes the MassTransit message id.
/// </summary>
public sealed class MassTransitOutboxPublisher(IBus bus, TimeProvider timeProvider) : IOutboxPublisher
{
    /// <summary>An exchange nothing is bound to: probes are confirmed and dropped (declared on first use).</summary>
    private static readonly Uri ProbeAddress = new("exchange:social-outbox-probe");

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

        try
        {
            await bus.Publish(payload, messageType, context => context.MessageId = message.MessageId, cancellationToken);
        }
        catch (SerializationException exception)
        {
            throw new UnpublishableMessageException($"Outbox message {message.MessageId} does not serialize as {messageType.Name}.", exception);
        }
    }

    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        var endpoint = await bus.GetSendEndpoint(ProbeAddress);
        await endpoint.Send(new OutboxProbe(timeProvider.GetUtcNow()), cancellationToken);
    }
}
