using MassTransit;

namespace Social.StreamBenchmarks;

/// <summary>
/// The baseline the live stream is compared with: a bare MassTransit publish → consume on the same RabbitMQ node, with
/// the same publish confirms and the same open-loop schedule, and no database, no gateway, no stream in between.
/// </summary>
internal sealed class BareBroker : IAsyncDisposable
{
    private readonly IBusControl _bus;

    private BareBroker(IBusControl bus, Deliveries deliveries)
    {
        _bus = bus;
        Deliveries = deliveries;
    }

    public Deliveries Deliveries { get; }

    public static async Task<BareBroker> StartAsync(string brokerConnectionString, CancellationToken cancellationToken)
    {
        var deliveries = new Deliveries();
        var bus = Bus.Factory.CreateUsingRabbitMq(configure =>
        {
            configure.Host(new Uri(brokerConnectionString));
            configure.ReceiveEndpoint("stream-benchmark-ping", endpoint => endpoint.Handler<BrokerPing>(context =>
            {
                deliveries.Received(context.Message.Text);
                return Task.CompletedTask;
            }));
        });
        await bus.StartAsync(cancellationToken);
        return new BareBroker(bus, deliveries);
    }

    public async Task<bool> PublishAsync(string text, CancellationToken cancellationToken)
    {
        await _bus.Publish(new BrokerPing { Text = text }, cancellationToken);
        return true;
    }

    public async ValueTask DisposeAsync() => await _bus.StopAsync(CancellationToken.None);
}
