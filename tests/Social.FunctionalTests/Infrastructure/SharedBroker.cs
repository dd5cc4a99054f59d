using Social.Testing;

[assembly: AssemblyFixture(typeof(Social.FunctionalTests.Infrastructure.SharedBroker))]

namespace Social.FunctionalTests.Infrastructure;

/// <summary>One real RabbitMQ node for the whole assembly; each test class works in its own virtual host.</summary>
public sealed class SharedBroker : IAsyncLifetime
{
    private RabbitMqNode? _node;

    public RabbitMqNode Node => _node ?? throw new InvalidOperationException("The broker has not started.");

    public async ValueTask InitializeAsync() => _node = await RabbitMqNode.StartNewAsync();

    public async ValueTask DisposeAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }
    }
}
