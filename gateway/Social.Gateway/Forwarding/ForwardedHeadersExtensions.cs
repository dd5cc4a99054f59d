using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Social.Gateway.Forwarding;

internal static class ForwardedHeadersExtensions
{
    /// <summary>
    /// ASP.NET Core's forwarded-headers handling, trusting only the proxies of the <c>ForwardedHeaders</c> section:
    /// from them, X-Forwarded-For decides the client address, X-Forwarded-Proto the scheme and X-Forwarded-Host the host.
    /// </summary>
    public static WebApplicationBuilder AddGatewayForwardedHeaders(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TrustedProxyOptions>()
            .BindConfiguration(TrustedProxyOptions.SectionName)
            .Validate(
                options => options.IsValid,
                "Every ForwardedHeaders:KnownProxies entry must be an IP address, every KnownNetworks entry a CIDR range written from its first address (10.0.0.0/24), and ForwardLimit at least 1.")
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<TrustedProxyOptions>>((options, trusted) =>
        {
            var proxies = trusted.Value;
            // ASP.NET Core trusts loopback by default. Not here: in development every client is on loopback, and a
            // proxy on the gateway's own host is still a choice to write down, so nothing is trusted unless listed.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var address in proxies.ProxyAddresses())
            {
                options.KnownProxies.Add(address);
            }

            foreach (var network in proxies.ProxyNetworks())
            {
                options.KnownIPNetworks.Add(network);
            }

            // Empty lists mean "any proxy" to the middleware, so with none listed no header is read at all.
            // X-Forwarded-Host names the host the client used, for the addresses the gateway hands out (the discovery
            // document's endpoints); a proxy that passes Host through simply does not send it.
            options.ForwardedHeaders = proxies.TrustsAnyProxy
                ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost
                : ForwardedHeaders.None;
            options.ForwardLimit = proxies.ForwardLimit;
        });
        return builder;
    }

    /// <summary>
    /// First in the pipeline, so that authentication, the per-address limits and the X-Forwarded-* headers the proxy
    /// sends on to the services all see the client's address, not the load balancer's.
    /// </summary>
    public static WebApplication UseGatewayForwardedHeaders(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<TrustedProxyOptions>>().Value.TrustsAnyProxy)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
