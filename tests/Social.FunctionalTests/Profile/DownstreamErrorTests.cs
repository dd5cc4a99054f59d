using System.Net;
using Social.FunctionalTests.Infrastructure;

namespace Social.FunctionalTests.Profile;

/// <summary>
/// A service that cannot reach another answers as itself: "unavailable, try again", never the other service's
/// addresses, its error text or its refusal of this service's own credentials.
/// </summary>
public sealed class DownstreamErrorTests(SharedBroker broker) : IAsyncLifetime
{
    private readonly StandaloneProfile _profile = new();
    private HttpClient _client = null!;

    // Graph's address answers nothing: connecting fails with an error that names the address.
    public async ValueTask InitializeAsync() =>
        _client = await _profile.StartAsync(broker, settings => settings["Services:graph:grpc:0"] = "http://127.0.0.1:9");

    public ValueTask DisposeAsync() => _profile.DisposeAsync();

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
