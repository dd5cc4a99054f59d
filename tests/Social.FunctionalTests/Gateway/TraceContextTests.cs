using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Http;
using Social.ServiceDefaults;

namespace Social.FunctionalTests.Gateway;

/// <summary>
/// A caller's trace goes on through the gateway to the service, although the gateway builds no spans of its own when
/// nothing exports them: the service's work still joins the caller's trace.
/// </summary>
public sealed class TraceContextTests
{
    [Fact]
    public async Task The_callers_trace_id_reaches_the_service_under_a_new_parent()
    {
        string? received = null;
        await using var profile = await UpstreamStub.StartAsync(context =>
        {
            received = context.Request.Headers["traceparent"];
            return context.Response.WriteAsync("{}", context.RequestAborted);
        });
        await using var gateway = new GatewayFactory().WithHttp(ResourceNames.Profile, profile.Address);
        using var client = gateway.CreateClient();
        var traceId = ActivityTraceId.CreateRandom();
        var callerSpan = ActivitySpanId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        request.Headers.Add("traceparent", $"00-{traceId}-{callerSpan}-01");

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(received);
        var parts = received.Split('-');
        Assert.Equal(4, parts.Length);
        Assert.Equal(traceId.ToHexString(), parts[1]);
        // The gateway's own span in the trace, not the caller's header passed through untouched.
        Assert.NotEqual(callerSpan.ToHexString(), parts[2]);
    }
}
