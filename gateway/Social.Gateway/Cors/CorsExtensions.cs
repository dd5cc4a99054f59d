using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Social.Gateway.RateLimiting;

namespace Social.Gateway.Cors;

internal static class CorsExtensions
{
    /// <summary>How long a browser may reuse a preflight answer before asking again.</summary>
    public static readonly TimeSpan PreflightMaxAge = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Response headers that scripts of an allowed origin may read (browsers hide all but a few otherwise): the rate-limit
    /// answers, where a created resource lives, and the idempotency key a creating request echoes.
    /// </summary>
    public static readonly string[] ExposedHeaders =
    [
        "Retry-After", RateLimitHeaders.Limit, RateLimitHeaders.Remaining, RateLimitHeaders.Reset, "Location", "Idempotency-Key",
    ];

    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    /// <summary>
    /// ASP.NET Core's CORS with one default policy from the <c>Cors</c> section: the listed origins, with credentials;
    /// or any origin (<c>*</c>), never with credentials (browsers refuse the pair, and it would let any site act with a
    /// user's cookies were any ever used). Tokens travel in the Authorization header, which any allowed origin may send.
    /// </summary>
    public static WebApplicationBuilder AddGatewayCors(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BrowserOriginOptions>()
            .BindConfiguration(BrowserOriginOptions.SectionName)
            .Validate(
                options => options.IsValid,
                "Cors:AllowedOrigins must be '*' alone or comma-separated origins such as http://localhost:5173 (scheme, host and port; no path).")
            .ValidateOnStart();
        builder.Services.AddCors();
        builder.Services.AddOptions<CorsOptions>().Configure<IOptions<BrowserOriginOptions>>((options, origins) =>
            options.AddDefaultPolicy(policy => Configure(policy, origins.Value)));
        return builder;
    }

    /// <summary>
    /// Ahead of everything that can answer on the gateway's own (authentication, limits, body checks, the route
    /// fallback), so that their 401 / 429 / 413 / 404 carry the CORS headers too and a script can read them; a preflight
    /// is answered here and never reaches a service.
    /// </summary>
    public static WebApplication UseGatewayCors(this WebApplication app)
    {
        app.UseCors();
        return app;
    }

    private static void Configure(CorsPolicyBuilder policy, BrowserOriginOptions origins)
    {
        if (origins.AllowsAnyOrigin)
        {
            policy.AllowAnyOrigin();
        }
        else
        {
            // With none listed, the policy admits no origin: preflights are still answered here, without permission.
            policy.WithOrigins([.. origins.Origins()]).AllowCredentials();
        }

        policy.WithMethods(Methods)
            .AllowAnyHeader()
            .WithExposedHeaders(ExposedHeaders)
            .SetPreflightMaxAge(PreflightMaxAge);
    }
}
