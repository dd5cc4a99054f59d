using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Social.FunctionalTests.Gateway;

/// <summary>
/// A real Kestrel server on a loopback port, standing in for a service behind the gateway. Built empty so that no
/// appsettings.json in the test output (the services') adds endpoints to it.
/// </summary>
public sealed class UpstreamStub : IAsyncDisposable
{
    private readonly WebApplication app;

    private UpstreamStub(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<UpstreamStub> StartAsync(RequestDelegate handler, HttpProtocols protocols = HttpProtocols.Http1)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = protocols));
        var app = builder.Build();
        app.Run(handler);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new UpstreamStub(app, new Uri(address));
    }

    /// <summary>A stub that answers every request with the given status and body.</summary>
    public static Task<UpstreamStub> RespondingAsync(int statusCode, string contentType, string body) =>
        StartAsync(async context =>
        {
            context.Response.StatusCode = statusCode;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body, context.RequestAborted);
        });

    /// <summary>A service's h2c endpoint whose event stream opens with a comment and then stays open until the client leaves.</summary>
    public static Task<UpstreamStub> HoldingEventStreamsAsync(Action<HttpContext>? onOpen = null) =>
        StartAsync(
            async context =>
            {
                onOpen?.Invoke(context);
                context.Response.ContentType = "text/event-stream";
                await context.Response.WriteAsync(": open\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            },
            HttpProtocols.Http2);

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
