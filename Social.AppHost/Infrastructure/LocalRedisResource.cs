using Aspire.Hosting.ApplicationModel;

namespace Social.AppHost.Infrastructure;

/// <summary>Redis from the OS package, run as a plain process on loopback. Exposes the StackExchange.Redis connection string.</summary>
internal sealed class LocalRedisResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"127.0.0.1:{this.GetEndpoint(EndpointName).Property(EndpointProperty.Port)}");
}
