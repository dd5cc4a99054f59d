using Grpc.Core;
using Social.Contracts.Graph.V1;
using Social.FunctionalTests.Infrastructure;

namespace Social.FunctionalTests.Graph;

/// <summary>
/// Internal callers reach services directly, past the gateway's limits: each service limits each caller by its client
/// id, so one runaway caller is refused while the others and every user go on.
/// </summary>
public sealed class InternalCallerLimitTests(SharedBroker broker) : IAsyncLifetime
{
    private const int Limit = 3;
    private Suite _suite = null!;
    private GraphApi _api = null!;

    public async ValueTask InitializeAsync()
    {
        _suite = await Suite.StartAsync(broker.Node, extraSettings: new Dictionary<string, string?>
        {
            ["RateLimits:InternalCallers:PermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // Nothing comes back during the test: the count it sees is exact.
            ["RateLimits:InternalCallers:Window"] = "01:00:00",
        });
        _api = new GraphApi(_suite);
    }

    public ValueTask DisposeAsync() => _suite.DisposeAsync();

    [Fact]
    public async Task A_caller_past_its_limit_is_refused_while_another_caller_and_users_go_on()
    {
        var ana = await _api.NewUserAsync();
        var reader = new GraphService.GraphServiceClient(_suite.Graph.CreateGrpcChannel(await _suite.ReaderTokenAsync()));
        var request = new ListFollowingIdsRequest { UserId = ana.Id };

        for (var call = 0; call < Limit; call++)
        {
            await reader.ListFollowingIdsAsync(request);
        }

        var refused = await Assert.ThrowsAsync<RpcException>(() => reader.ListFollowingIdsAsync(request).ResponseAsync);
        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.Contains("rate_limited", Reason(refused), StringComparison.Ordinal);

        // The operator client has its own budget, and a user's calls are not an internal caller's.
        var operatorClient = await _api.InternalClientAsync();
        Assert.Empty((await operatorClient.ListFollowingIdsAsync(request)).Ids);
        for (var call = 0; call <= Limit; call++)
        {
            var asUser = await OAuthApi.GetAsync(_suite.Graph.CreateClient(), $"/api/v1/users/{ana.Id}/following", ana.Token);
            Assert.Equal(System.Net.HttpStatusCode.OK, asUser.StatusCode);
        }
    }

    private static string Reason(RpcException exception) =>
        exception.Trailers.GetValueBytes("grpc-status-details-bin") is { } details
            ? Google.Rpc.Status.Parser.ParseFrom(details).Details.Select(detail => detail.Unpack<Google.Rpc.ErrorInfo>().Reason).FirstOrDefault() ?? ""
            : "";
}
