using System.Net;
using Social.FunctionalTests.Infrastructure;
using Social.Profile.Api;
using Social.Testing;

namespace Social.FunctionalTests.Profile;

/// <summary>
/// A service that cannot reach another answers as itself: "unavailable, try again", never the other service's
/// addresses, its error text or its refusal of this service's own credentials.
/// </summary>
public sealed class DownstreamErrorTests(SharedBroker broker) : IAsyncLifetime
{
    private readonly TemporaryDirectory _data = new();
    private ServiceFactory<ProfileGrpcService> _profile = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        var settings = SuiteSettings.For(await broker.Node.CreateVirtualHostAsync("t-" + Guid.NewGuid().ToString("N")[..10]), _data.Path);
        // Graph's address answers nothing: connecting fails with an error that names the address.
        settings["Services:graph:grpc:0"] = "http://127.0.0.1:9";
        _profile = new ServiceFactory<ProfileGrpcService>(settings);
        _client = _profile.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        await _profile.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }

    [Fact]
    public async Task An_unreachable_dependency_is_a_plain_service_unavailable_that_names_no_address()
    {
        var (_, token) = await OAuthApi.NewSignedInUserAsync(_client, "viewer");
        var shown = ProfileApi.UniqueHandle("shown");
        (await ProfileApi.SignUpAsync(_client, shown)).EnsureSuccessStatusCode();

        var response = await OAuthApi.GetAsync(_client, $"/api/v1/profiles/{shown}", token);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("service_unavailable", body, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }
}
