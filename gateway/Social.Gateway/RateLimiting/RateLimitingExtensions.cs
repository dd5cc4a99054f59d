using Microsoft.AspNetCore.RateLimiting;

namespace Social.Gateway.RateLimiting;

internal static class RateLimitingExtensions
{
    /// <summary>ASP.NET Core rate limiting with the gateway's limits (the <c>RateLimits</c> section) as the global limiter.</summary>
    public static WebApplicationBuilder AddGatewayRateLimiting(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GatewayRateLimitOptions>()
            .BindConfiguration(GatewayRateLimitOptions.SectionName)
            .Validate(options => options.IsValid, "Every RateLimits PermitLimit must be positive and every Window at least one second.")
            .ValidateOnStart();
        builder.Services.AddSingleton<GatewayRateLimiter>();
        builder.Services.AddSingleton<OpenStreams>();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<GatewayRateLimiter>((options, limiter) =>
        {
            options.GlobalLimiter = limiter;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RateLimitRejection.WriteAsync;
        });
        return builder;
    }

    /// <summary>
    /// After routing (which WebApplication runs first), so that the matched route decides what is limited, and before
    /// the proxy, so that a refused request never reaches a service.
    /// </summary>
    public static WebApplication UseGatewayRateLimiting(this WebApplication app)
    {
        app.UseMiddleware<RateLimitSubjectMiddleware>();
        app.UseRateLimiter();
        app.UseMiddleware<RateLimitHeadersMiddleware>();
        return app;
    }
}
