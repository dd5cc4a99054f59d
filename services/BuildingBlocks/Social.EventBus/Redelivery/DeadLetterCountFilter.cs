using MassTransit;

namespace Social.EventBus.Redelivery;

/// <summary>Counts the messages an endpoint moves to its error queue (<see cref="RedeliveryMetrics.DeadLettersMetric"/>).</summary>
public sealed class DeadLetterCountFilter(string queue) : IFilter<ExceptionReceiveContext>
{
    public async Task Send(ExceptionReceiveContext context, IPipe<ExceptionReceiveContext> next)
    {
        await next.Send(context);
        RedeliveryMetrics.DeadLettered(queue);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("deadLetterCount");
}
