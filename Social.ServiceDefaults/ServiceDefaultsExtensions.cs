using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Social.ServiceDefaults.Telemetry;

namespace Social.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    /// <summary>Telemetry, health checks, service discovery and resilient HTTP clients: what every process of the suite needs.</summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.AddSocialTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return builder;
    }
}
