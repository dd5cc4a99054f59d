namespace Social.Gateway.RateLimiting;

internal static class RateLimitingExtensions
{
    /// <summary>The gateway's limits (the <c>RateLimits</c> section).</summary>
    public static WebApplicationBuilder AddGatewayRateLimiting(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GatewayRateLimitOptions>()
            .BindConfiguration(GatewayRateLimitOptions.SectionName)
            .Validate(options => options.IsValid, "Every RateLimits PermitLimit must be positive and every Window at least one second.")
            .ValidateOnStart();
        builder.Services.AddSingleton<GatewayRateLimiter>();
        builder.Services.AddSingleton<OpenStreams>();
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
