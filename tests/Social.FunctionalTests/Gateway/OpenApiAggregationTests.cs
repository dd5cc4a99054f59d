using System.Net;
using System.Text.Json.Nodes;
using Social.ServiceDefaults;

namespace Social.FunctionalTests.Gateway;

/// <summary>The gateway serves one OpenAPI document merged from the services' own.</summary>
public sealed class OpenApiAggregationTests
{
    private const string ProfileDocument = """
        {"openapi": "3.0.1", "info": {"title": "Social Profile API", "version": "v1"},
         "paths": {"/api/v1/accounts": {"post": {"responses": {"201": {"description": "Created"}}}}},
         "components": {"schemas": {"CreateAccountRequest": {"type": "object"}}}}
        """;

    [Fact]
    public async Task Document_merges_the_services_that_answer_and_names_those_that_do_not()
    {
        await using var profile = await UpstreamStub.RespondingAsync(200, "application/json", ProfileDocument);
        await using var gateway = new GatewayFactory().WithHttp(ResourceNames.Profile, profile.Address);

        var response = await gateway.CreateClient().GetAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal("Social API", document["info"]!["title"]!.GetValue<string>());
        Assert.NotNull(document["paths"]!["/api/v1/accounts"]);
        Assert.NotNull(document["components"]!["schemas"]!["CreateAccountRequest"]);
        Assert.Contains(ResourceNames.Graph, document["info"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
