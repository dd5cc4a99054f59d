using Yarp.ReverseProxy.Model;

namespace Social.Gateway.Routing;

/// <summary>Reads and writes the <see cref="RouteKind"/> carried in YARP route metadata.</summary>
internal static class RouteMetadata
{
    public const string KindKey = "Social.RouteKind";

    public static Dictionary<string, string> For(RouteKind kind) => new() { [KindKey] = kind.ToString() };

    public static RouteKind? KindOf(IReadOnlyDictionary<string, string>? metadata) =>
        metadata is not null && metadata.TryGetValue(KindKey, out var value) && Enum.TryParse<RouteKind>(value, out var kind)
            ? kind
            : null;

    /// <summary>The kind of the proxied route the request matched, or null outside the proxy.</summary>
    public static RouteKind? KindOf(HttpContext context) =>
        KindOf(context.Features.Get<IReverseProxyFeature>()?.Route.Config.Metadata);

    /// <summary>
    /// The kind of the proxied route that routing selected, or null for the gateway's own endpoints; unlike
    /// <see cref="KindOf(HttpContext)"/>, known before the proxy pipeline runs.
    /// </summary>
    public static RouteKind? KindOfEndpoint(HttpContext context) =>
        KindOf(context.GetEndpoint()?.Metadata.GetMetadata<RouteModel>()?.Config.Metadata);
}
