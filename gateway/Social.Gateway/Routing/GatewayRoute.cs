using Yarp.ReverseProxy.Configuration;

namespace Social.Gateway.Routing;

/// <summary>
/// What the gateway needs to know about a proxied route, read from its YARP metadata once, when the route's endpoint is
/// built, and carried as endpoint metadata: each request finds it on the endpoint that routing selected instead of
/// parsing the route's string metadata again in every middleware. Absent on the gateway's own endpoints (health,
/// liveness, the API docs, the not-found fallback).
/// </summary>
internal sealed class GatewayRoute(RouteKind kind, RouteAccess access)
{
    public RouteKind Kind { get; } = kind;

    public RouteAccess Access { get; } = access;

    /// <summary>
    /// A proxied route whose metadata names no kind cannot be treated correctly: refused at start rather than guessed.
    /// </summary>
    public static GatewayRoute From(RouteConfig route) => new(
        RouteMetadata.KindOf(route.Metadata) ?? throw new InvalidOperationException($"Route '{route.RouteId}' names no route kind."),
        RouteMetadata.AccessOf(route.Metadata));

    /// <summary>The proxied route the request matched, or null for the gateway's own endpoints (or none).</summary>
    public static GatewayRoute? Of(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<GatewayRoute>();
}
