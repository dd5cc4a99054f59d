using System.Net;
using System.Text;
using Social.ServiceDefaults;

namespace Social.FunctionalTests.Gateway;

/// <summary>Errors the services send in the gRPC error model reach clients as the public error body.</summary>
public sealed class UpstreamErrorRewriteTests
{
    private const string HandleTakenStatus = """
        {"code": 6, "message": "The handle is taken.", "details": [
          {"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "handle_taken", "domain": "social"},
          {"@type": "type.googleapis.com/google.rpc.BadRequest", "fieldViolations": [{"field": "handle", "description": "Choose another handle."}]}]}
        """;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Google_rpc_status_becomes_code_message_and_field_errors()
    {
        await using var profile = await UpstreamStub.RespondingAsync(409, "application/json; charset=utf-8", HandleTakenStatus);
        await using var gateway = new GatewayFactory().WithHttp(ResourceNames.Profile, profile.Address);

        var response = await PostAccountAsync(gateway);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var error = await ErrorBody.ReadAsync(response);
        Assert.Equal("handle_taken", error.Code);
        Assert.Equal("The handle is taken.", error.Message);
        var field = Assert.Single(error.Errors!);
        Assert.Equal(new ErrorBody.FieldError("handle", "Choose another handle."), field);
    }

    [Fact]
    public async Task Status_without_a_reason_is_named_after_its_grpc_code()
    {
        await using var profile = await UpstreamStub.RespondingAsync(404, "application/json", """{"code": 5, "message": "No such profile.", "details": []}""");
        await using var gateway = new GatewayFactory().WithHttp(ResourceNames.Profile, profile.Address);

        var response = await gateway.CreateClient().GetAsync(new Uri("/api/v1/profiles/nobody", UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = await ErrorBody.ReadAsync(response);
        Assert.Equal("not_found", error.Code);
        Assert.Equal("No such profile.", error.Message);
        Assert.Null(error.Errors);
    }

    [Fact]
    public async Task Error_page_from_a_service_never_reaches_the_client()
    {
        await using var profile = await UpstreamStub.RespondingAsync(500, "text/html", "<pre>System.InvalidOperationException at Social.Profile.Secret()</pre>");
        await using var gateway = new GatewayFactory().WithHttp(ResourceNames.Profile, profile.Address);

        var response = await PostAccountAsync(gateway);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var error = await ErrorBody.ReadAsync(response);
        Assert.Equal("internal", error.Code);
        Assert.DoesNotContain("Secret", error.Message, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAccountAsync(GatewayFactory gateway)
    {
        using var body = new StringContent("""{"handle": "ana", "password": "long enough password", "displayName": "Ana"}""", Encoding.UTF8, "application/json");
        return await gateway.CreateClient().PostAsync(new Uri("/api/v1/accounts", UriKind.Relative), body, Cancellation);
    }
}
