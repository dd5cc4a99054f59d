using Microsoft.Extensions.Http;

namespace Social.FunctionalTests.Infrastructure;

/// <summary>
/// Gives every HTTP client whose name starts with <paramref name="namePrefix"/> the handler <paramref name="handler"/>
/// creates: OpenIddict names its clients per issuer, so no single name can be configured ahead; gRPC client
/// factories name theirs after the client type.
/// </summary>
internal sealed class PrimaryHandlerFilter(string namePrefix, Func<HttpMessageHandler> handler) : IHttpMessageHandlerBuilderFilter
{
    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        next(builder);
        if (builder.Name?.StartsWith(namePrefix, StringComparison.Ordinal) == true)
        {
            builder.PrimaryHandler = handler();
        }
    };
}
