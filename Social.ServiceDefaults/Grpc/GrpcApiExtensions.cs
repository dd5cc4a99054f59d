using Google.Protobuf.Reflection;
using Google.Rpc;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi.Models;

namespace Social.ServiceDefaults.Grpc;

public static class GrpcApiExtensions
{
    /// <summary>The largest request a service accepts (the gateway enforces the same limit on public bodies).</summary>
    public const int MaxRequestBytes = 1024 * 1024;

    /// <summary>Where each service serves the OpenAPI description of its JSON (transcoded) API; the gateway merges them.</summary>
    public const string OpenApiPath = "/openapi/v1.json";

    /// <summary>
    /// gRPC with JSON transcoding from the same contract, gRPC health (mirroring the health checks), reflection for
    /// tooling, and an OpenAPI description of the transcoded routes.
    /// </summary>
    public static WebApplicationBuilder AddGrpcApi(this WebApplicationBuilder builder, string title)
    {
        builder.Services.AddOptions<InternalCallerLimitOptions>().BindConfiguration(InternalCallerLimitOptions.SectionName)
            .Validate(options => options.PermitLimit > 0 && options.Window > TimeSpan.Zero, "RateLimits:InternalCallers needs a positive PermitLimit and Window.")
            .ValidateOnStart();
        builder.Services.AddSingleton<InternalCallerRateLimit>();
        builder.Services.AddGrpc(options =>
            {
                options.MaxReceiveMessageSize = MaxRequestBytes;
                options.Interceptors.Add<DownstreamErrorShield>();
                options.Interceptors.Add<InternalCallerRateLimit>();
            })
            // The error details (ErrorInfo, BadRequest) must be known to the JSON writer to appear in transcoded errors.
            .AddJsonTranscoding(options => options.TypeRegistry = TypeRegistry.FromFiles(ErrorDetailsReflection.Descriptor));
        builder.Services.AddGrpcHealthChecks();
        builder.Services.AddGrpcReflection();
        builder.Services.AddGrpcSwagger();
        builder.Services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo { Title = title, Version = "v1" });
            options.OperationFilter<JsonStatusOperationFilter>();
        });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBytes);
        return builder;
    }

    public static WebApplication MapGrpcApi<TService>(this WebApplication app)
        where TService : class
    {
        // Runs after routing (WebApplication routes first), so the matched endpoint says whether it takes a body.
        app.UseMiddleware<EmptyJsonBodyMiddleware>();
        app.MapGrpcService<TService>().Add(InternalUnlessPublished.Apply);
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        // An endpoint, not a middleware: Swashbuckle's middleware resolves a whole document generator on every request
        // it sees, matched or not, which on a busy service was a steady share of all it allocated.
        app.MapSwagger("openapi/{documentName}.json").AllowAnonymous();
        return app;
    }
}
