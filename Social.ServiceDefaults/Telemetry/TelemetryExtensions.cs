using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Social.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>Where OTLP telemetry goes; the AppHost sets it for every process it starts.</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// Traces, metrics and logs over OpenTelemetry, exported by OTLP when the AppHost (or an operator) sets the endpoint.
    /// Without one, spans and metrics are not built at all: nothing would receive them, and on a busy route (the gateway
    /// above all) recording them is a large share of what a request costs. Trace context still flows without them:
    /// ASP.NET Core starts an activity per request for its log scope, and outgoing calls carry it on.
    /// </summary>
    public static TBuilder AddSocialTelemetry<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        if (string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting]))
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit")
                .AddMeter(SocialTelemetry.MeterName))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName)
                .AddSource(SocialTelemetry.ActivitySourceName)
                .AddSource("MassTransit")
                .AddSource("Grpc.Net.Client")
                .AddAspNetCoreInstrumentation(options =>
                    options.Filter = context => !IsHealthProbe(context.Request.Path))
                .AddHttpClientInstrumentation(options =>
                    options.FilterHttpRequestMessage = request =>
                        request.RequestUri is null || !IsHealthProbe(request.RequestUri.AbsolutePath)))
            .UseOtlpExporter();
        return builder;
    }

    // Health probes run every few seconds; tracing them buries the real traffic.
    private static bool IsHealthProbe(PathString path) =>
        path.StartsWithSegments(HealthEndpoints.HealthPath) || path.StartsWithSegments(HealthEndpoints.AlivePath)
        || path.StartsWithSegments("/grpc.health.v1.Health");

    private static bool IsHealthProbe(string path) => IsHealthProbe(new PathString(path));
}
