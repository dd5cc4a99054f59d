using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Social.ServiceDefaults.Telemetry;

namespace Social.UnitTests.Telemetry;

/// <summary>Spans and metrics are built only for a process that exports them; logs go through OpenTelemetry either way.</summary>
public sealed class TelemetryExtensionsTests
{
    [Fact]
    public void Without_an_otlp_endpoint_no_tracer_or_meter_provider_is_built()
    {
        using var app = Build(otlpEndpoint: null);

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public void With_an_otlp_endpoint_traces_and_metrics_are_built_for_export()
    {
        using var app = Build(otlpEndpoint: "http://127.0.0.1:4317");

        Assert.NotNull(app.Services.GetService<TracerProvider>());
        Assert.NotNull(app.Services.GetService<MeterProvider>());
    }

    private static IHost Build(string? otlpEndpoint)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        // Whatever the environment of the test run says, only this setting decides.
        builder.Configuration[TelemetryExtensions.OtlpEndpointSetting] = otlpEndpoint ?? string.Empty;
        builder.AddSocialTelemetry();
        return builder.Build();
    }
}
