using Social.Gateway.RateLimiting.Shared;
using Social.ServiceDefaults;

namespace Social.Gateway.RateLimiting;

internal static class RateLimitingExtensions
{
    /// <summary>
    /// The gateway's limits (the <c>RateLimits</c> section), counted in this instance's memory, or in Redis when the
    /// <c>redis</c> connection string is set (replicas then share them; see <see cref="SharedRateLimiter"/>).
    /// </summary>
    public static WebApplicationBuilder AddGatewayRateLimiting(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GatewayRateLimitOptions>()
            .BindConfiguration(GatewayRateLimitOptions.SectionName)
            .Validate(options => options.IsValid, "Every RateLimits PermitLimit and open-streams limit must be positive, and every Window and the OpenStreamLease at least one second.")
            .ValidateOnStart();
        builder.Services.AddSingleton<GatewayRateLimiter>();
        builder.Services.AddSingleton<OpenStreams>();
        if (builder.Configuration.GetConnectionString(ResourceNames.RateLimitStore) is { Length: > 0 } connectionString)
        {
            builder.Services.AddSingleton(services => new SharedCounterStore(connectionString, services.GetRequiredService<ILogger<SharedCounterStore>>()));
            builder.Services.AddHostedService(services => services.GetRequiredService<SharedCounterStore>());
            builder.Services.AddSingleton<SharedRateLimiter>();
            builder.Services.AddSingleton<SharedOpenStreams>();
            builder.Services.AddHostedService<StreamLeaseRenewal>();
            builder.Services.AddHealthChecks().AddCheck<SharedCounterHealthCheck>(SharedCounterHealthCheck.Name);
        }

        return builder;
    }

    /// <summary>
    /// After routing (which WebApplication runs first), so that the matched route decides what is limited, and before
    /// the proxy, so that a refused request never reaches a service.
    /// </summary>
    public static WebApplication UseGatewayRateLimiting(this WebApplication app)
    {
        app.UseMiddleware<GatewayRateLimitingMiddleware>();
        return app;
    }
}
