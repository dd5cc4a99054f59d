using System.Text.Json;
using Social.Gateway.Routing;

namespace Social.Gateway.OpenApi;

/// <summary>
/// The merged OpenAPI document, rebuilt at most every <see cref="CacheFor"/> (sooner while a service is missing from
/// it). One reader rebuilds at a time; the others wait and get its result.
/// </summary>
internal sealed class OpenApiAggregator(ServiceOpenApiClient client, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    /// <summary>A document missing a service is rebuilt sooner, so it fills in shortly after the service starts.</summary>
    public static readonly TimeSpan IncompleteCacheFor = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim rebuild = new(1, 1);
    private CachedDocument? cached;

    public async Task<byte[]> GetDocumentAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } document)
        {
            return document;
        }

        await rebuild.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } rebuiltMeanwhile)
            {
                return rebuiltMeanwhile;
            }

            var documents = await Task.WhenAll(RouteTable.Services.Select(s => client.FetchAsync(s.Service, cancellationToken)));
            var body = JsonSerializer.SerializeToUtf8Bytes(OpenApiMerger.Merge(documents));
            var lifetime = documents.All(d => d.Document is not null) ? CacheFor : IncompleteCacheFor;
            Volatile.Write(ref cached, new CachedDocument(body, time.GetUtcNow() + lifetime));
            return body;
        }
        finally
        {
            rebuild.Release();
        }
    }

    public void Dispose() => rebuild.Dispose();

    private byte[]? Fresh() =>
        Volatile.Read(ref cached) is { } current && current.ExpiresAt > time.GetUtcNow() ? current.Document : null;

    private sealed record CachedDocument(byte[] Document, DateTimeOffset ExpiresAt);
}
