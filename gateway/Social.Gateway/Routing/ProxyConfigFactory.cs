using System.Net;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace Social.Gateway.Routing;

/// <summary>Generates YARP routes and clusters from <see cref="RouteTable"/>: two clusters per service, one route per path.</summary>
internal static class ProxyConfigFactory
{
    /// <summary>A JSON call that sends or receives nothing for this long has stalled: fail it rather than hang.</summary>
    public static readonly TimeSpan JsonActivityTimeout = TimeSpan.FromSeconds(30);

    /// <summary>gRPC streams may idle legitimately between messages; callers bound their calls with deadlines.</summary>
    public static readonly TimeSpan GrpcActivityTimeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// An event stream sends a heartbeat every 15 seconds when idle (Messaging:Stream:HeartbeatInterval): one silent
    /// for this long has stalled. Not the stream's length, which has no limit.
    /// </summary>
    public static readonly TimeSpan StreamActivityTimeout = TimeSpan.FromMinutes(2);

    public static string HttpClusterId(string service) => $"{service}-http";

    public static string GrpcClusterId(string service) => $"{service}-grpc";

    public static string StreamClusterId(string service) => $"{service}-stream";

    public static IReadOnlyList<RouteConfig> CreateRoutes(IEnumerable<ServiceRoutes> services) =>
        services.SelectMany(CreateRoutes).ToList();

    public static IReadOnlyList<ClusterConfig> CreateClusters(IEnumerable<ServiceRoutes> services) =>
        services.SelectMany(CreateClusters).ToList();

    private static IEnumerable<RouteConfig> CreateRoutes(ServiceRoutes service)
    {
        foreach (var path in service.JsonPaths)
        {
            var access = service.PublicJsonPaths.Contains(path) ? RouteAccess.Anyone : RouteAccess.User;
            yield return Route(service.Service, RouteKind.Json, path, HttpClusterId(service.Service), access);
        }

        foreach (var path in service.OAuthPaths)
        {
            yield return Route(service.Service, RouteKind.OAuth, path, HttpClusterId(service.Service), RouteAccess.Anyone);
        }

        foreach (var path in service.StreamPaths)
        {
            yield return Route(service.Service, RouteKind.Stream, path, StreamClusterId(service.Service), RouteAccess.Anyone) with
            {
                Match = new RouteMatch { Path = path, Methods = ["GET"] },
            };
        }

        // Streaming calls carry many messages in one body: the services cap each message, not the stream.
        foreach (var grpcService in service.GrpcServices)
        {
            yield return Route(service.Service, RouteKind.Grpc, $"/{grpcService}/{{**method}}", GrpcClusterId(service.Service), RouteAccess.User) with
            {
                MaxRequestBodySize = -1,
            };
        }

        // A literal method path outranks the service's catch-all.
        foreach (var method in service.PublicGrpcMethods)
        {
            yield return Route(service.Service, RouteKind.Grpc, $"/{method}", GrpcClusterId(service.Service), RouteAccess.Anyone) with
            {
                MaxRequestBodySize = -1,
            };
        }
    }

    /// <remarks>
    /// No YARP authorization policy: who may call a route is its <see cref="RouteAccess"/>, which the gateway checks
    /// itself (<see cref="Auth.RouteAccessMiddleware"/>) without ASP.NET Core's authorization middleware.
    /// </remarks>
    private static RouteConfig Route(string service, RouteKind kind, string path, string clusterId, RouteAccess access) => new()
    {
        RouteId = $"{service}:{kind}:{path}",
        ClusterId = clusterId,
        Match = new RouteMatch { Path = path },
        Metadata = RouteMetadata.For(kind, access),
    };

    private static IEnumerable<ClusterConfig> CreateClusters(ServiceRoutes service)
    {
        // The service's HTTP/1.1 endpoint (transcoded JSON); the address is a service-discovery name.
        yield return Cluster(HttpClusterId(service.Service), $"http://{service.Service}", HttpVersion.Version11, JsonActivityTimeout);

        // The service's h2c endpoint: without TLS there is no ALPN, so HTTP/2 must be spoken by prior knowledge (exact).
        yield return Cluster(GrpcClusterId(service.Service), $"http://_grpc.{service.Service}", HttpVersion.Version20, GrpcActivityTimeout);

        // Event streams: the h2c endpoint, so that the streams share a few connections to the service (one HTTP/2 stream
        // each, up to the service's streams per connection) instead of holding a socket each on both sides; with an idle
        // limit that heartbeats keep from firing. The cluster is the streams' own: its connections never queue a gRPC call
        // behind thousands of open streams.
        if (service.StreamPaths.Count > 0)
        {
            yield return Cluster(StreamClusterId(service.Service), $"http://_grpc.{service.Service}", HttpVersion.Version20, StreamActivityTimeout);
        }
    }

    private static ClusterConfig Cluster(string clusterId, string address, Version version, TimeSpan activityTimeout) => new()
    {
        ClusterId = clusterId,
        Destinations = new Dictionary<string, DestinationConfig> { [clusterId] = new() { Address = address } },
        HttpRequest = new ForwarderRequestConfig
        {
            Version = version,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            ActivityTimeout = activityTimeout,
        },
    };
}
