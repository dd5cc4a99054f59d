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
    public GrpcChannel CreateGrpcChannel() =>
        GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Server.CreateHandler() });

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
