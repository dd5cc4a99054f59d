using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Social.ServiceDefaults;

namespace Social.FunctionalTests.Gateway;

/// <summary>The gateway's own refusals and failures answer the public JSON error body.</summary>
public sealed class GatewayErrorTests
{
    private const int OneMebibyte = 1024 * 1024;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Unknown_route_answers_404_route_not_found()
    {
        await using var gateway = new GatewayFactory();

        var response = await gateway.CreateClient().GetAsync(new Uri("/api/v1/no-such-thing", UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("route_not_found", (await ErrorBody.ReadAsync(response)).Code);
    }

    [Fact]
    public async Task Route_to_a_service_that_is_down_answers_service_unavailable_promptly()
    {
        await using var gateway = new GatewayFactory();
        var started = TimeProvider.System.GetTimestamp();

        var response = await gateway.CreateClient().GetAsync(new Uri("/api/v1/me", UriKind.Relative), Cancellation);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable });
        Assert.Equal("service_unavailable", (await ErrorBody.ReadAsync(response)).Code);
        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(10), "A down service must not make the caller wait.");
    }

    [Fact]
    public async Task Body_declared_over_1_MiB_answers_413_without_reaching_the_service()
    {
        var reached = false;
        await using var profile = await UpstreamStub.StartAsync(context =>
        {
            reached = true;
            return Task.CompletedTask;
        });
        await using var gateway = new GatewayFactory().WithHttp(ResourceNames.Profile, profile.Address);
        using var body = new ByteArrayContent(new byte[OneMebibyte + 1]);
        body.Headers.ContentType = new("application/json");

        var response = await gateway.CreateClient().PatchAsync(new Uri("/api/v1/me", UriKind.Relative), body, Cancellation);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("payload_too_large", (await ErrorBody.ReadAsync(response)).Code);
        Assert.False(reached);
    }

    [Fact]
    public async Task Chunked_body_growing_over_1_MiB_answers_413()
    {
        await using var profile = await UpstreamStub.StartAsync(async context =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            await context.Response.WriteAsync("{}", context.RequestAborted);
        });
        await using var gateway = new GatewayFactory().WithHttp(ResourceNames.Profile, profile.Address);
        using var body = new UnsizedContent(2 * OneMebibyte);

        var response = await gateway.CreateClient().PatchAsync(new Uri("/api/v1/me", UriKind.Relative), body, Cancellation);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("payload_too_large", (await ErrorBody.ReadAsync(response)).Code);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Json_route_refuses_a_body_that_is_not_json_with_415(string contentType)
    {
        await using var gateway = new GatewayFactory();
        using var body = new StringContent("handle=ana", Encoding.UTF8, contentType);

        var response = await gateway.CreateClient().PostAsync(new Uri("/api/v1/accounts", UriKind.Relative), body, Cancellation);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("unsupported_media_type", (await ErrorBody.ReadAsync(response)).Code);
    }

    [Fact]
    public async Task Health_answers_200_while_the_services_are_down()
    {
        await using var gateway = new GatewayFactory();

        var response = await gateway.CreateClient().GetAsync(new Uri(HealthEndpoints.HealthPath, UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
