using MassTransit;

namespace Social.EventBus.Redelivery;

/// <summary>Offers <see cref="DelayQueueRedeliveryContext{TMessage}"/> to MassTransit's redelivery retry filter further down the pipe.</summary>
public sealed class DelayQueueRedeliveryFilter<TMessage>(DelayQueues queues, RedeliveryOptions options) : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        context.GetOrAddPayload<MessageRedeliveryContext>(() => new DelayQueueRedeliveryContext<TMessage>(context, queues, options));
        return next.Send(context);
    }

    public void Probe(ProbeContext context)
    {
        var scope = context.CreateFilterScope("delayQueueRedelivery");
        scope.Add("queues", string.Join(", ", queues.All.Select(q => q.Name)));
    }
}
