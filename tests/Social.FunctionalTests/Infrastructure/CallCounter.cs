using Microsoft.Extensions.Http;

namespace Social.FunctionalTests.Infrastructure;

/// <summary>
/// Counts the calls an HTTP client of the service under test makes to one path (a gRPC method is a path), seen from
/// inside the client's pipeline: how many round trips a request cost, not just what it answered.
/// </summary>
internal sealed class CallCounter(string clientName, string pathSuffix) : IHttpMessageHandlerBuilderFilter
{
    private readonly string _pathSuffix = pathSuffix;
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        next(builder);
        if (builder.Name == clientName)
        {
            builder.AdditionalHandlers.Add(new CountingHandler(this));
        }
    };

    private sealed class CountingHandler(CallCounter counter) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri?.AbsolutePath.EndsWith(counter._pathSuffix, StringComparison.Ordinal) == true)
            {
                Interlocked.Increment(ref counter._calls);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
