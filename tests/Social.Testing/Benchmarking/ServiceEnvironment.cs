namespace Social.Testing.Benchmarking;

/// <summary>The environment variables every started service gets, before its own settings.</summary>
public static class ServiceEnvironment
{
    /// <summary>
    /// Production settings with warnings-only logging (a log line per request would be measured too). Inherited
    /// settings that would change what is measured are removed: an OTLP exporter pointed at a dashboard, URLs or an
    /// environment name from the caller's shell.
    /// </summary>
    public static Dictionary<string, string?> Base() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["Logging__LogLevel__Default"] = "Warning",
        ["ASPNETCORE_URLS"] = null,
        ["ASPNETCORE_HTTP_PORTS"] = null,
        ["ASPNETCORE_HTTPS_PORTS"] = null,
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = null,
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = null,
        ["OTEL_EXPORTER_OTLP_HEADERS"] = null,
    };

    /// <summary>A new address on the loopback interface, on a port nothing listens on now: nothing a benchmark starts is reachable from outside.</summary>
    public static Uri NewLoopbackAddress() => new($"http://127.0.0.1:{FreePorts.Next()}");

    /// <summary>Kestrel's two endpoints as every service of the suite declares them: JSON over HTTP/1.1 and gRPC over h2c.</summary>
    public static void AddEndpoints(Dictionary<string, string?> environment, Uri http, Uri grpc)
    {
        environment["Kestrel__Endpoints__http__Url"] = http.ToString();
        environment["Kestrel__Endpoints__http__Protocols"] = "Http1";
        environment["Kestrel__Endpoints__grpc__Url"] = grpc.ToString();
        environment["Kestrel__Endpoints__grpc__Protocols"] = "Http2";
    }
}
