using Scalar.AspNetCore;
using Social.ServiceDefaults.Grpc;

namespace Social.Gateway.OpenApi;

internal static class ApiDocsExtensions
{
    public const string DocsPath = "/docs";

    public static WebApplicationBuilder AddApiDocs(this WebApplicationBuilder builder)
    {
        // No retries: a service that is down is left out of the document now and picked up on the next rebuild.
#pragma warning disable EXTEXP0001 // Evaluation API, but the only way to opt one client out of the defaults' resilience.
        builder.Services.AddHttpClient(ServiceOpenApiClient.HttpClientName).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.Services.AddSingleton<ServiceOpenApiClient>();
        builder.Services.AddSingleton<OpenApiAggregator>();
        return builder;
    }

    /// <summary>The merged document at the same path each service uses, and a browsable reference at <c>/docs</c>.</summary>
    public static WebApplication MapApiDocs(this WebApplication app)
    {
        app.MapGet(GrpcApiExtensions.OpenApiPath, async (OpenApiAggregator aggregator, CancellationToken cancellationToken) =>
            Results.Bytes(await aggregator.GetDocumentAsync(cancellationToken), "application/json"));
        app.MapScalarApiReference(DocsPath, options => options
            .WithTitle(ApiConventions.Title)
            .WithOpenApiRoutePattern(GrpcApiExtensions.OpenApiPath));
        return app;
    }
}
