using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Social.ServiceDefaults.Auth;

public static class InternalGrpcClientExtensions
{
    /// <summary>
    /// A gRPC client of another service's grpc endpoint (by service discovery), whose every call carries this
    /// service's client-credentials token (<see cref="InternalTokenSource"/>).
    /// </summary>
    public static IHttpClientBuilder AddInternalGrpcClient<TClient>(this IHostApplicationBuilder builder, string service)
        where TClient : class
    {
        builder.Services.AddOptions<InternalClientOptions>().BindConfiguration(InternalClientOptions.SectionName);
        builder.Services.AddOptions<TokenValidationOptions>().BindConfiguration(TokenValidationOptions.SectionName);
        builder.Services.AddHttpClient(InternalTokenSource.HttpClientName);
        builder.Services.AddSingleton<InternalTokenSource>();
        return builder.Services
            .AddGrpcClient<TClient>(options => options.Address = new Uri($"http://_{ResourceNames.GrpcEndpoint}.{service}"))
            .AddCallCredentials(async (context, metadata, services) =>
            {
                var token = await services.GetRequiredService<InternalTokenSource>().GetAsync(context.CancellationToken);
                metadata.Add("Authorization", $"Bearer {token}");
            })
            // Plain HTTP/2 inside the suite (TLS ends in front of it); the token is the caller's identity.
            .ConfigureChannel(channel => channel.UnsafeUseInsecureChannelCallCredentials = true);
    }
}
