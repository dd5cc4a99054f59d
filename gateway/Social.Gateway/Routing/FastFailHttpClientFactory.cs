using Yarp.ReverseProxy.Forwarder;

namespace Social.Gateway.Routing;

/// <summary>
/// The forwarder's connections to the services. A service that is down or unreachable must answer the caller
/// promptly with 502, not after the socket's default connect timeout.
/// </summary>
internal sealed class FastFailHttpClientFactory : ForwarderHttpClientFactory
{
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(3);

    protected override void ConfigureHandler(ForwarderHttpClientContext context, SocketsHttpHandler handler)
    {
        base.ConfigureHandler(context, handler);
        handler.ConnectTimeout = ConnectTimeout;
    }
}
