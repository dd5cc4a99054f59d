using MassTransit;
using MassTransit.Configuration;

namespace Social.EventBus.Redelivery;

/// <summary>
/// MassTransit's redelivery configuration (the same one <c>UseDelayedRedelivery</c> uses: a retry policy on the
/// redelivery count header, for every message type an endpoint consumes) with the delay queues as the way to wait,
/// in place of the broker plugin or scheduler this RabbitMQ does not have.
/// </summary>
public sealed class DelayQueueRedeliveryConfigurationObserver(IConsumePipeConfigurator configurator, DelayQueues queues)
    : ScheduledRedeliveryConfigurationObserver(configurator, redelivery => redelivery.Intervals([.. queues.Delays]))
{
    protected override IRedeliveryPipeSpecification AddRedeliveryPipeSpecification<TMessage>(IConsumePipeConfigurator configurator)
    {
        var specification = new DelayQueueRedeliveryPipeSpecification<TMessage>(queues);
        configurator.AddPipeSpecification(specification);
        return specification;
    }
}
