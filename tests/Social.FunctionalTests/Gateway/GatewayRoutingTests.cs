using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Social.ServiceDefaults;

namespace Social.FunctionalTests.Gateway;

/// <summary>Each public path reaches the service that owns it, on the right endpoint.</summary>
public sealed class GatewayRoutingTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/v1/me", ResourceNames.Profile)]
    [InlineData("/api/v1/me/password", ResourceNames.Profile)]
    [InlineData("/api/v1/profiles:search?q=an", ResourceNames.Profile)]
    [InlineData("/api/v1/profiles/ana", ResourceNames.Profile)]
    [InlineData("/connect/token", ResourceNames.Profile)]
    [InlineData("/api/v1/me/blocks", ResourceNames.Graph)]
    [InlineData("/api/v1/me/blocks/u1", ResourceNames.Graph)]
    [InlineData("/api/v1/me/follow-requests/u1:accept", ResourceNames.Graph)]
    [InlineData("/api/v1/users/u1/followers", ResourceNames.Graph)]
    public async Task Path_reaches_the_service_that_owns_it(string path, string owner)
    {
        await using var profile = await EchoAsync(ResourceNames.Profile);
        await using var graph = await EchoAsync(ResourceNames.Graph);
        await using var gateway = new GatewayFactory()
            .WithHttp(ResourceNames.Profile, profile.Address)
            .WithHttp(ResourceNames.Graph, graph.Address);

        var response = await gateway.CreateClient().GetAsync(new Uri(path, UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(owner, await response.Content.ReadAsStringAsync(Cancellation));
    }

    [Fact]
    public async Task Grpc_call_is_passed_to_the_services_http2_endpoint()
    {
        await using var profileGrpc = await UpstreamStub.StartAsync(
            async context =>
            {
                // A unary call: the whole request message is read before the answer.
                await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
                context.Response.ContentType = "application/grpc";
                context.Response.Headers["x-upstream"] = $"{context.Request.Protocol} {context.Request.Path}";
                await context.Response.Body.FlushAsync(context.RequestAborted);
            },
            HttpProtocols.Http2);
        await using var gateway = new GatewayFactory().WithGrpc(ResourceNames.Profile, profileGrpc.Address);
        using var call = new ByteArrayContent([0, 0, 0, 0, 0]);
        call.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");

        var response = await gateway.CreateClient().PostAsync(
            new Uri("/social.profile.v1.ProfileService/GetProfile", UriKind.Relative), call, Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("grpc-status"), "The gateway answered instead of the service.");
        Assert.Equal("HTTP/2 /social.profile.v1.ProfileService/GetProfile", Assert.Single(response.Headers.GetValues("x-upstream")));
    }

    private static Task<UpstreamStub> EchoAsync(string service) =>
        UpstreamStub.StartAsync(context => context.Response.WriteAsync(service, context.RequestAborted));
}
