using MassTransit;
using MassTransit.Configuration;

namespace Social.EventBus.Redelivery;

/// <summary>Adds <see cref="DelayQueueRedeliveryFilter{TMessage}"/> to a message type's consume pipe.</summary>
public sealed class DelayQueueRedeliveryPipeSpecification<TMessage>(DelayQueues queues)
    : IPipeSpecification<ConsumeContext<TMessage>>, IRedeliveryPipeSpecification
    where TMessage : class
{
    public RedeliveryOptions Options { get; set; }

    public void Apply(IPipeBuilder<ConsumeContext<TMessage>> builder) =>
        builder.AddFilter(new DelayQueueRedeliveryFilter<TMessage>(queues, Options));

    public IEnumerable<ValidationResult> Validate()
    {
        if (queues.Delays.Count == 0)
        {
            yield return this.Failure("Delays", "must name at least one delay");
        }
    }
}
