using System.Diagnostics.Metrics;
using MassTransit;
using Social.ServiceDefaults.Telemetry;

namespace Social.EventBus.Inbox;

/// <summary>
/// Base of every event consumer: hands the handler a <see cref="MessageReceipt"/> that the service's store records
/// in the transaction of the effect. Exceptions propagate, so MassTransit retries, then redelivers the message later
/// (see <c>EventBus:Redelivery</c>) and finally moves it to the endpoint's error queue; a message is never
/// acknowledged and forgotten. A redelivery keeps the message id, so the inbox still recognises it.
/// </summary>
public abstract class IdempotentConsumer<TMessage> : IConsumer<TMessage>
    where TMessage : class
{
    /// <summary>Messages handled per consumer, tagged <c>outcome</c> = applied / duplicate: a rising duplicate rate shows redelivery.</summary>
    public const string MessagesMetric = "social.inbox.messages";

    private static readonly Counter<long> Messages = SocialTelemetry.Meter.CreateCounter<long>(MessagesMetric);

    /// <summary>Stable name of this consumer in the inbox; renaming it would replay old messages.</summary>
    protected abstract string ConsumerName { get; }

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a message id; it cannot be deduplicated.");
        var applied = await HandleAsync(context.Message, new MessageReceipt(ConsumerName, messageId), context.CancellationToken);
        Messages.Add(1, new("consumer", ConsumerName), new("outcome", applied ? "applied" : "duplicate"));
    }

    /// <summary>
    /// Applies the message and records <paramref name="receipt"/> in one transaction; does nothing if already recorded.
    /// Returns whether it applied the message.
    /// </summary>
    protected abstract Task<bool> HandleAsync(TMessage message, MessageReceipt receipt, CancellationToken cancellationToken);
}
