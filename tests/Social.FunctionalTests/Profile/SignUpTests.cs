using System.Net;
using System.Text;
using System.Text.Json;
using Grpc.Core;
using Social.Contracts.Profile.V1;
using Social.FunctionalTests.Infrastructure;
using Social.ServiceDefaults;
using Social.Testing;

namespace Social.FunctionalTests.Profile;

/// <summary>Sign-up against the Profile service on real SQLite and RabbitMQ.</summary>
public sealed class SignUpTests(SharedBroker broker) : IAsyncLifetime
{
    private Suite _suite = null!;

    public async ValueTask InitializeAsync() => _suite = await Suite.StartAsync(broker.Node);

    public ValueTask DisposeAsync() => _suite.DisposeAsync();

    [Fact]
    public async Task Sign_up_answers_201_and_the_profile_reads_back_with_zero_counters()
    {
        var client = _suite.Profile.CreateClient();
        var handle = ProfileApi.UniqueHandle();

        var created = await ProfileApi.SignUpAsync(client, handle, displayName: "Ana Maria");
        var body = await ProfileApi.ReadJsonAsync(created);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(handle, body.GetProperty("handle").GetString());
        Assert.True(Guid.TryParse(body.GetProperty("userId").GetString(), out _));

        var (accessToken, _) = await OAuthApi.SignInAsync(client, handle, ProfileApi.DefaultPassword);
        var profile = await ProfileApi.ReadJsonAsync(await OAuthApi.GetAsync(client, $"/api/v1/profiles/{handle}", accessToken));
        Assert.Equal(body.GetProperty("userId").GetString(), profile.GetProperty("userId").GetString());
        Assert.Equal("Ana Maria", profile.GetProperty("displayName").GetString());
        Assert.Equal("0", profile.GetProperty("followersCount").ToString());
    }

    [Fact]
    public async Task Handles_are_case_insensitive_and_a_taken_handle_answers_409_handle_taken()
    {
        var client = _suite.Profile.CreateClient();
        var handle = ProfileApi.UniqueHandle();

        var first = await ProfileApi.SignUpAsync(client, handle.ToUpperInvariant());
        var second = await ProfileApi.SignUpAsync(client, handle);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(handle, (await ProfileApi.ReadJsonAsync(first)).GetProperty("handle").GetString());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("handle_taken", await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var (accessToken, _) = await OAuthApi.SignInAsync(client, handle, ProfileApi.DefaultPassword);
        Assert.Equal(HttpStatusCode.OK, (await OAuthApi.GetAsync(client, $"/api/v1/profiles/{handle.ToUpperInvariant()}", accessToken)).StatusCode);
    }

    [Theory]
    [InlineData("""{"handle":"ab","password":"long-enough-secret","displayName":"A"}""", "handle")]
    [InlineData("""{"handle":"bad-handle","password":"long-enough-secret","displayName":"A"}""", "handle")]
    [InlineData("""{"handle":"admin","password":"long-enough-secret","displayName":"A"}""", "handle")]
    [InlineData("""{"handle":".dotted","password":"long-enough-secret","displayName":"A"}""", "handle")]
    [InlineData("""{"handle":"valid_name","password":"short","displayName":"A"}""", "password")]
    [InlineData("""{"handle":"valid_name","password":"valid_name-and-more","displayName":"A"}""", "password")]
    [InlineData("""{"handle":"valid_name","password":"long-enough-secret","displayName":""}""", "displayName")]
    [InlineData("""{"handle":"valid_name","password":"long-enough-secret","displayName":"Bell\u0007"}""", "displayName")]
    [InlineData("""{"password":"long-enough-secret","displayName":"A"}""", "handle")]
    [InlineData("""{"handle":"valid_name","displayName":"A"}""", "password")]
    public async Task Invalid_input_answers_400_with_the_field_and_writes_nothing(string json, string field)
    {
        var client = _suite.Profile.CreateClient();

        var response = await client.PostAsync("/api/v1/accounts", new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"field\":\"{field}\"", body, StringComparison.Ordinal);
        Assert.Contains("invalid_argument", body, StringComparison.Ordinal);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task A_sign_up_without_a_body_names_the_missing_fields_and_writes_nothing()
    {
        var client = _suite.Profile.CreateClient();

        var response = await client.PostAsync("/api/v1/accounts", content: null, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        // Read as an empty object: the answer is the service's own validation, not a complaint about the encoding.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"field\":\"handle\"", body, StringComparison.Ordinal);
        Assert.Contains("invalid_argument", body, StringComparison.Ordinal);
        await AssertNothingWrittenAsync();
    }

    [Theory]
    [InlineData("{\"handle\": ")]
    [InlineData("not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"handle\": 42, \"password\": true}")]
    public async Task Malformed_json_answers_400_and_writes_nothing(string json)
    {
        var client = _suite.Profile.CreateClient();

        var response = await client.PostAsync("/api/v1/accounts", new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Concurrent_sign_ups_of_one_handle_create_exactly_one_account_and_one_event()
    {
        var handle = ProfileApi.UniqueHandle("race");
        var clients = Enumerable.Range(0, 12).Select(_ => _suite.Profile.CreateClient()).ToList();

        var responses = await Task.WhenAll(clients.Select(c => ProfileApi.SignUpAsync(c, handle)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var database = _suite.DatabaseOf(ResourceNames.Profile);
        Assert.Equal(1, await SqliteProbe.CountAsync(database, "SELECT COUNT(*) FROM accounts WHERE handle = $h", ("$h", handle)));
        Assert.Equal(1, await SqliteProbe.CountAsync(database, "SELECT COUNT(*) FROM outbox WHERE body LIKE $h", ("$h", $"%\"{handle}\"%")));
    }

    [Fact]
    public async Task Grpc_callers_get_invalid_argument_with_field_violations()
    {
        var client = new ProfileService.ProfileServiceClient(_suite.Profile.CreateGrpcChannel());

        var error = await Assert.ThrowsAsync<RpcException>(() => client.CreateAccountAsync(
            new CreateAccountRequest { Handle = "x", Password = "short", DisplayName = "" }, cancellationToken: TestContext.Current.CancellationToken).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var badRequest = error.GetRpcStatus()?.GetDetail<Google.Rpc.BadRequest>();
        Assert.NotNull(badRequest);
        Assert.Equal(["handle", "password", "displayName"], badRequest.FieldViolations.Select(v => v.Field));
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Reading_a_profile_needs_an_access_token()
    {
        var client = _suite.Profile.CreateClient();
        var handle = ProfileApi.UniqueHandle();
        await ProfileApi.SignUpAsync(client, handle);

        Assert.Equal(HttpStatusCode.Unauthorized, (await OAuthApi.GetAsync(client, $"/api/v1/profiles/{handle}", null)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_handle_answers_404_not_found()
    {
        var client = _suite.Profile.CreateClient();
        var (_, accessToken) = await OAuthApi.NewSignedInUserAsync(client);

        var response = await OAuthApi.GetAsync(client, "/api/v1/profiles/nobody_here", accessToken);
        var body = await ProfileApi.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("not_found", body.ToString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.String, body.GetProperty("message").ValueKind);
    }

    private async Task AssertNothingWrittenAsync()
    {
        var database = _suite.DatabaseOf(ResourceNames.Profile);
        Assert.Equal(0, await SqliteProbe.CountAsync(database, "SELECT COUNT(*) FROM accounts"));
        Assert.Equal(0, await SqliteProbe.CountAsync(database, "SELECT COUNT(*) FROM outbox"));
    }
}
