using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Social.EndToEndTests;

/// <summary>
/// The public contract as the gateway documents it: every operation of the merged OpenAPI document answers a valid
/// call (<see cref="ContractRecipes"/>) with a status the document names, and a malformed call with a 4xx.
/// </summary>
public sealed partial class ContractTests(SuiteFixture suite)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_documented_operation_answers_a_valid_call_as_documented_and_a_malformed_one_with_a_4xx()
    {
        using var http = new HttpClient { BaseAddress = suite.EndpointOf("gateway", "http") };
        var document = JsonNode.Parse(await http.GetStringAsync("/openapi/v1.json", Cancellation))!.AsObject();
        Assert.DoesNotContain("Incomplete", document["info"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        var operations = ContractOperation.AllOf(document);
        Assert.Equal(ContractRecipes.Valid.Keys.Order(StringComparer.Ordinal), operations.Select(o => o.Key).Order(StringComparer.Ordinal));

        var world = new ContractWorld(new GatewayClient(suite));
        var failures = new List<string>();
        foreach (var operation in operations)
        {
            var valid = await ContractRecipes.Valid[operation.Key](world);
            var answered = await SendAsync(http, valid);
            if (!operation.DocumentedSuccess.Contains(answered))
            {
                failures.Add($"{operation.Key}: a valid call answered {answered}; documented: {string.Join(", ", operation.DocumentedSuccess)}");
            }

            var malformed = Malformed(operation, valid);
            var refused = await SendAsync(http, malformed);
            if (refused is < 400 or >= 500)
            {
                failures.Add($"{operation.Key}: a malformed call ({malformed.Method} {malformed.Path}) answered {refused}");
            }
        }

        Assert.Empty(failures);
    }

    /// <summary>
    /// The valid call made wrong in the first way that applies: an id that is not one, a body that is not JSON, a page
    /// size out of range, or else a token that is not one.
    /// </summary>
    private static ContractCall Malformed(ContractOperation operation, ContractCall valid)
    {
        if (Id().IsMatch(valid.Path))
        {
            return valid.WithPath(Id().Replace(valid.Path, "not-an-id", 1));
        }

        if (operation.TakesBody)
        {
            return valid with { Json = """{"unclosed": """ };
        }

        return operation.TakesLimit
            ? valid.WithPath(valid.Path + (valid.Path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "limit=101")
            : valid with { Token = "not-a-token" };
    }

    private static async Task<int> SendAsync(HttpClient http, ContractCall call)
    {
        using var request = new HttpRequestMessage(call.Method, call.Path);
        if (call.Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", call.Token);
        }

        if (call.Json is not null)
        {
            request.Content = new StringContent(call.Json, Encoding.UTF8, "application/json");
        }

        // Headers only: the status is the answer, and an event stream's body never ends.
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Cancellation);
        return (int)response.StatusCode;
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Id();
}
