using Social.Gateway.Errors;
using Social.Gateway.Identity;
using Social.Gateway.RateLimiting;
using Social.Gateway.Requests;
using Yarp.ReverseProxy.Forwarder;

namespace Social.Gateway.Routing;

internal static class ProxyExtensions
{
    /// <summary>Routes and clusters from <see cref="RouteTable"/>; destinations are service-discovery names.</summary>
    public static WebApplicationBuilder AddGatewayProxy(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IForwarderHttpClientFactory, FastFailHttpClientFactory>();
        builder.Services.AddReverseProxy()
            .LoadFromMemory(ProxyConfigFactory.CreateRoutes(RouteTable.Services), ProxyConfigFactory.CreateClusters(RouteTable.Services))
            .AddTransforms<UpstreamErrorTransform>()
            .AddTransforms<DiscoveryDocumentTransform>()
            .AddServiceDiscoveryDestinationResolver();
        return builder;
    }

    public static WebApplication MapGatewayProxy(this WebApplication app)
    {
        app.MapReverseProxy(proxy =>
        {
            proxy.UseMiddleware<OpenStreamLimitMiddleware>();
            proxy.UseMiddleware<PayloadLimitMiddleware>();
            proxy.UseMiddleware<JsonContentTypeMiddleware>();
            proxy.UseMiddleware<ForwarderErrorMiddleware>();
            // The default pipeline's steps, which a custom pipeline must restore.
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        }).ConfigureEndpoints((endpoint, route) => endpoint.WithMetadata(GatewayRoute.From(route)));
        return app;
    }
}
