using System.Text.Json.Nodes;
using Social.ServiceDefaults.Grpc;

namespace Social.Gateway.OpenApi;

/// <summary>Fetches a service's own OpenAPI document from its http endpoint, found by service discovery.</summary>
internal sealed class ServiceOpenApiClient(IHttpClientFactory httpClients, ILogger<ServiceOpenApiClient> logger)
{
    public const string HttpClientName = "service-openapi";

    /// <summary>A service that does not answer this fast is left out of this round of the merged document.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<ServiceDocument> FetchAsync(string service, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            using var http = httpClients.CreateClient(HttpClientName);
            using var response = await http.GetAsync(new Uri($"http://{service}{GrpcApiExtensions.OpenApiPath}"), timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                return Unavailable(service, $"HTTP {(int)response.StatusCode}");
            }

            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            return await JsonNode.ParseAsync(body, cancellationToken: timeout.Token) is JsonObject document
                ? new ServiceDocument(service, document)
                : Unavailable(service, "not a JSON object");
        }
        // Whatever went wrong, the document is built without this service; only the caller's cancellation propagates.
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return Unavailable(service, $"{exception.GetType().Name}: {exception.Message}");
        }
    }

    private ServiceDocument Unavailable(string service, string reason)
    {
        GatewayLog.OpenApiUnavailable(logger, service, reason);
        return new ServiceDocument(service, null, reason);
    }
}
