using MassTransit;
using MassTransit.Middleware;
using MassTransit.RabbitMqTransport.Configuration;

namespace Social.EventBus.Redelivery;

public static class DelayQueueRedeliveryExtensions
{
    /// <summary>
    /// Redelivers a message whose consumer still fails after the immediate retries (configure those after this call, so
    /// they run inside it): it waits in the endpoint's delay queue of the next level, then comes back; after the last
    /// level it goes to the error queue. Durable, and plain RabbitMQ: each delay queue has a queue-wide time to live
    /// and dead-letters through the default exchange straight into the endpoint's queue.
    /// <para>
    /// On one node a classic queue dead-letters reliably; a quorum queue (in a cluster) needs
    /// <c>x-dead-letter-strategy: at-least-once</c> to do the same.
    /// </para>
    /// </summary>
    public static void UseDelayQueueRedelivery(this IRabbitMqReceiveEndpointConfiguration endpoint, string queueName, IReadOnlyList<TimeSpan> delays)
    {
        var queues = new DelayQueues(queueName, delays);
        foreach (var queue in queues.All)
        {
            endpoint.Topology.Consume.BindQueue(queue.Name, queue.Name, binding =>
            {
                binding.SetQueueArgument("x-message-ttl", queue.Delay);
                binding.SetQueueArgument("x-dead-letter-exchange", "");
                binding.SetQueueArgument("x-dead-letter-routing-key", queueName);
            });
        }

        _ = new DelayQueueRedeliveryConfigurationObserver(endpoint, queues);
    }

    /// <summary>MassTransit's default error pipe (fault event, then the error queue), counting what it moves.</summary>
    public static void CountDeadLetters(this IReceiveEndpointConfigurator endpoint, string queueName) =>
        endpoint.ConfigureError(error =>
        {
            error.UseFilter(new DeadLetterCountFilter(queueName));
            error.UseFilter(new GenerateFaultFilter());
            error.UseFilter(new ErrorTransportFilter());
        });
}
