using Yarp.ReverseProxy.Forwarder;

namespace Social.Gateway.Routing;

/// <summary>
/// The forwarder's connections to the services. A service that is down or unreachable must answer the caller
/// promptly with 502, not after the socket's default connect timeout; HTTP/2 connections are added as streams need.
/// </summary>
internal sealed class FastFailHttpClientFactory : ForwarderHttpClientFactory
{
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(3);

    protected override void ConfigureHandler(ForwarderHttpClientContext context, SocketsHttpHandler handler)
    {
        base.ConfigureHandler(context, handler);
        handler.ConnectTimeout = ConnectTimeout;
        // HTTP/2 clusters (gRPC, event streams) open another connection when every open one carries as many streams as
        // the service allows, rather than queueing the next request until a stream ends: an event stream may never end.
        handler.EnableMultipleHttp2Connections = true;
    }
}
