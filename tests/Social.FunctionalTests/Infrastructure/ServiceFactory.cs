using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Social.FunctionalTests.Infrastructure;

/// <summary>
/// One service, in memory, on real infrastructure: its own SQLite file in the suite's data folder and the suite's
/// RabbitMQ virtual host. <typeparamref name="TMarker"/> is any type of the service's assembly.
/// </summary>
public sealed class ServiceFactory<TMarker>(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? replaceServices = null)
    : WebApplicationFactory<TMarker>
    where TMarker : class
{
    /// <summary>A channel to the service; every call carries <paramref name="accessToken"/> when one is given.</summary>
    public GrpcChannel CreateGrpcChannel(string? accessToken = null)
    {
        var options = new GrpcChannelOptions { HttpHandler = Server.CreateHandler() };
        if (accessToken is not null)
        {
            options.Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure, CallCredentials.FromInterceptor((_, metadata) =>
            {
                metadata.Add("Authorization", $"Bearer {accessToken}");
                return Task.CompletedTask;
            }));
            // The in-memory test server speaks plain HTTP; the token is still only for this test's calls.
            options.UnsafeUseInsecureChannelCallCredentials = true;
        }

        return GrpcChannel.ForAddress(Server.BaseAddress, options);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (replaceServices is not null)
        {
            builder.ConfigureTestServices(replaceServices);
        }
    }
}
