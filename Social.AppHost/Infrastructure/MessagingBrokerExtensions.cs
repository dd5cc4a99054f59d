using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using System.Diagnostics;
using System.Globalization;
using Social.ServiceDefaults;

namespace Social.AppHost.Infrastructure;

internal static class MessagingBrokerExtensions
{
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private const string NodeName = "social@localhost";

    /// <summary>
    /// The RabbitMQ broker named <see cref="ResourceNames.Broker"/>: a container where a container runtime runs,
    /// otherwise the OS package's server as a local process on loopback, its data under <paramref name="dataDirectory"/>.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddMessagingBroker(
        this IDistributedApplicationBuilder builder, InfrastructureMode mode, string dataDirectory, int port)
    {
        if (mode == InfrastructureMode.Container)
        {
            return builder.AddRabbitMQ(ResourceNames.Broker).WithDataVolume();
        }

        if (!File.Exists(ServerScript))
        {
            throw new InvalidOperationException(
                $"RabbitMQ is not installed ({ServerScript} is missing). Install it with 'sudo apt-get install -y rabbitmq-server', or start the suite with ./run.sh, which does.");
        }

        var root = Path.Combine(dataDirectory, "rabbitmq");
        Directory.CreateDirectory(root);
        var pluginsFile = Path.Combine(root, "enabled_plugins");
        File.WriteAllText(pluginsFile, "[].");

        var amqpPort = port > 0 ? port : LoopbackEndpoints.FreePort();
        var distributionPort = LoopbackEndpoints.FreePort();
        var portMapperPort = LoopbackEndpoints.FreePort();
        var invariant = CultureInfo.InvariantCulture;

        // RabbitMQ opens its AMQP listener last in its boot sequence: accepting connections means ready.
        var healthCheckKey = $"{ResourceNames.Broker}-amqp";
        builder.Services.AddAcceptingConnectionsCheck(healthCheckKey, amqpPort, "RabbitMQ");

        // The Erlang port mapper outlives the node it served; end ours when the AppHost stops.
        builder.Eventing.Subscribe<AfterResourcesCreatedEvent>((@event, _) =>
        {
            var lifetime = @event.Services.GetRequiredService<IHostApplicationLifetime>();
            lifetime.ApplicationStopped.Register(() => StopPortMapper(portMapperPort));
            return Task.CompletedTask;
        });

        var broker = new LocalRabbitMqResource(ResourceNames.Broker, ServerScript, root);
        return builder.AddResource(broker)
            .WithEndpoint(port: amqpPort, targetPort: amqpPort, scheme: "tcp", name: LocalRabbitMqResource.AmqpEndpointName, isProxied: false)
            .WithEnvironment("RABBITMQ_NODENAME", NodeName)
            .WithEnvironment("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1")
            .WithEnvironment("RABBITMQ_NODE_PORT", amqpPort.ToString(invariant))
            .WithEnvironment("RABBITMQ_DIST_PORT", distributionPort.ToString(invariant))
            .WithEnvironment("RABBITMQ_MNESIA_BASE", Path.Combine(root, "mnesia"))
            .WithEnvironment("RABBITMQ_LOG_BASE", Path.Combine(root, "log"))
            .WithEnvironment("RABBITMQ_ENABLED_PLUGINS_FILE", pluginsFile)
            .WithEnvironment("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS", "-kernel inet_dist_use_interface {127,0,0,1}")
            .WithEnvironment("ERL_EPMD_ADDRESS", "127.0.0.1")
            .WithEnvironment("ERL_EPMD_PORT", portMapperPort.ToString(invariant))
            // Lets "epmd -kill" end the port mapper even if the node has not deregistered yet when the AppHost stops.
            .WithEnvironment("ERL_EPMD_RELAXED_COMMAND_CHECK", "1")
            .WithHealthCheck(healthCheckKey);
    }

    private static void StopPortMapper(int port)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("epmd", ["-port", port.ToString(CultureInfo.InvariantCulture), "-kill"])
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            process?.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // epmd not on PATH: nothing of ours to stop.
        }
    }
}
