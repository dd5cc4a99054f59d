using System.Globalization;
using Social.ServiceDefaults;

namespace Social.AppHost.Infrastructure;

internal static class RateLimitStoreExtensions
{
    private const string ServerCommand = "redis-server";

    /// <summary>
    /// The Redis server named <see cref="ResourceNames.RateLimitStore"/> that gateway replicas share their rate-limit
    /// counters in: the OS package's server as a local process on loopback, in either infrastructure mode (it holds
    /// nothing worth a container: counters that live a window, leases that live seconds). Nothing is persisted; a
    /// restart only forgets the current windows.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddRateLimitStore(this IDistributedApplicationBuilder builder, string dataDirectory)
    {
        if (FindOnPath(ServerCommand) is null)
        {
            throw new InvalidOperationException(
                "Redis is not installed (redis-server is not on the PATH). Install it with 'sudo apt-get install -y redis-server', or start the suite with ./run.sh, which does.");
        }

        var root = Path.Combine(dataDirectory, "redis");
        Directory.CreateDirectory(root);
        var port = LoopbackEndpoints.FreePort();
        // A configuration file rather than arguments: "save" must be given an empty value to turn snapshots off.
        var configuration = Path.Combine(root, "redis.conf");
        File.WriteAllLines(configuration,
        [
            "bind 127.0.0.1",
            "protected-mode yes",
            $"port {port.ToString(CultureInfo.InvariantCulture)}",
            "save \"\"",
            "appendonly no",
            $"dir \"{root}\"",
        ]);

        var healthCheckKey = $"{ResourceNames.RateLimitStore}-tcp";
        builder.Services.AddAcceptingConnectionsCheck(healthCheckKey, port, "Redis");

        var store = new LocalRedisResource(ResourceNames.RateLimitStore, ServerCommand, root);
        return builder.AddResource(store)
            .WithArgs(configuration)
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: LocalRedisResource.EndpointName, isProxied: false)
            .WithHealthCheck(healthCheckKey);
    }

    private static string? FindOnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, command))
            .FirstOrDefault(File.Exists);
}
