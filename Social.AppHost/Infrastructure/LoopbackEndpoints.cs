using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Social.AppHost.Infrastructure;

/// <summary>Ports and readiness of the infrastructure servers the AppHost runs as local processes on loopback.</summary>
internal static class LoopbackEndpoints
{
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// A health check that passes once a server accepts connections on <paramref name="port"/>: the servers started
    /// here open their listener last, when they are ready.
    /// </summary>
    public static void AddAcceptingConnectionsCheck(this IServiceCollection services, string key, int port, string server) =>
        services.AddHealthChecks().AddAsyncCheck(key, async cancellationToken =>
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (SocketException exception)
            {
                return HealthCheckResult.Unhealthy($"{server} is not accepting connections yet.", exception);
            }
        });
}
