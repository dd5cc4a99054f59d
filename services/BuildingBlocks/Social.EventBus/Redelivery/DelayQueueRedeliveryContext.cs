using MassTransit;
using MassTransit.Serialization;

namespace Social.EventBus.Redelivery;

/// <summary>
/// MassTransit's redelivery hook (<see cref="MessageRedeliveryContext"/>) implemented with delay queues: the message
/// is sent to the delay queue that waits the requested time and comes back to the endpoint when it expires. Sent as
/// a forward: the same message id (the inbox deduplicates on it), headers and trace context, plus the redelivery count
/// MassTransit reads to pick the next level. Mandatory and confirmed: the send completes only once the message sits
/// in the delay queue, and only then is the original acknowledged.
/// </summary>
public sealed class DelayQueueRedeliveryContext<TMessage>(ConsumeContext<TMessage> context, DelayQueues queues, RedeliveryOptions options)
    : MessageRedeliveryContext
    where TMessage : class
{
    /// <summary>Headers the broker adds when it dead-letters an expired message; the next wait adds its own.</summary>
    private static readonly string[] BrokerHeaders = ["x-death", "x-first-death-exchange", "x-first-death-queue", "x-first-death-reason"];

    public async Task ScheduleRedelivery(TimeSpan delay, Action<ConsumeContext, SendContext>? callback)
    {
        var queue = queues.Waiting(delay);
        var level = context.GetRedeliveryCount() + 1;
        var pipe = Pipe.Execute<SendContext<TMessage>>(send =>
        {
            send.ApplyRedeliveryOptions(context, options);
            foreach (var header in BrokerHeaders)
            {
                send.Headers.Set(header, null);
            }

            if (send.TryGetPayload<RabbitMqSendContext>(out var rabbit))
            {
                // An unroutable message (its queue deleted) fails the send instead of vanishing.
                rabbit.Mandatory = true;
            }

            callback?.Invoke(context, send);
        });

        var endpoint = await context.GetSendEndpoint(queue.Address);
        await endpoint.Send(context.Message, new ForwardMessagePipe<TMessage>(context, pipe), context.CancellationToken);
        RedeliveryMetrics.Redelivered(queues.EndpointQueue, level);
    }
}
