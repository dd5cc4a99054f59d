using MassTransit;
using MassTransit.RabbitMqTransport.Configuration;
using Social.ServiceDefaults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Social.ServiceDefaults.Auth;
using Microsoft.Extensions.Hosting;
using Social.EventBus.Inbox;
using Social.EventBus.Outbox;
using Social.EventBus.Redelivery;

namespace Social.EventBus;

public static class EventBusExtensions
{
    /// <summary>
    /// MassTransit on the RabbitMQ named by the <c>messaging</c> connection string, plus the outbox relay.
    /// Queues are prefixed with <paramref name="serviceName"/> so every service gets its own copy of each event,
    /// and replicas of one service compete on it. A failing consumer retries at once with backoff, then its message
    /// waits in the broker and is redelivered at growing intervals (<c>EventBus:Redelivery:Delays</c>), then lands in
    /// the error queue.
    /// </summary>
    public static TBuilder AddEventBus<TBuilder>(
        this TBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator>? configureConsumers = null)
        where TBuilder : IHostApplicationBuilder
    {
        var connectionString = builder.Configuration.GetConnectionString(ResourceNames.Broker)
            ?? throw new InvalidOperationException($"Connection string '{ResourceNames.Broker}' (RabbitMQ) is not configured.");
        var options = builder.Configuration.GetSection(EventBusOptions.SectionName).Get<EventBusOptions>() ?? new EventBusOptions();

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            configureConsumers?.Invoke(bus);
            // Every instance keeps its own copy of the revoked access tokens (see AccessTokensRevokedConsumer).
            bus.AddConsumer<AccessTokensRevokedConsumer>().Endpoint(endpoint =>
            {
                endpoint.Temporary = true;
                endpoint.InstanceId = Guid.NewGuid().ToString("N")[..12];
            });
            bus.AddConfigureEndpointsCallback((_, queueName, endpoint) =>
            {
                endpoint.CountDeadLetters(queueName);
                // Outside the immediate retries: it takes over once they are spent. Not for an instance's temporary
                // queue, whose delay queues would outlive it.
                if (endpoint is IRabbitMqReceiveEndpointConfiguration { Settings: { Durable: true, AutoDelete: false } } rabbit)
                {
                    rabbit.UseDelayQueueRedelivery(queueName, options.Redelivery.EffectiveDelays);
                }

                endpoint.UseMessageRetry(retry => retry.Exponential(
                    options.RetryLimit,
                    options.RetryMinInterval,
                    options.RetryMaxInterval,
                    options.RetryMinInterval));
            });
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString));
                rabbit.ConfigureEndpoints(context);
            });
        });

        builder.Services.TryAddSingleton<RevokedAccessTokens>();
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName);
        builder.Services.AddSingleton<IOutboxPublisher, MassTransitOutboxPublisher>();
        builder.Services.AddHostedService<OutboxRelay>();
        builder.Services.AddHostedService<OutboxJanitor>();
        builder.Services.AddOptions<InboxOptions>().BindConfiguration(InboxOptions.SectionName);
        builder.Services.AddHostedService<InboxJanitor>();
        return builder;
    }
}
