using Aspire.Hosting.ApplicationModel;

namespace Social.AppHost.Infrastructure;

/// <summary>RabbitMQ from the OS package, run as a plain process on loopback. Exposes the AMQP connection string.</summary>
internal sealed class LocalRabbitMqResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string AmqpEndpointName = "amqp";

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"amqp://guest:guest@127.0.0.1:{this.GetEndpoint(AmqpEndpointName).Property(EndpointProperty.Port)}");
}
