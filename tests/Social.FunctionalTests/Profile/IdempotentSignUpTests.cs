using System.Net;
using System.Net.Http.Json;
using Social.FunctionalTests.Infrastructure;
using Social.ServiceDefaults;
using Social.Testing;

namespace Social.FunctionalTests.Profile;

/// <summary>Sign-up with an Idempotency-Key: a retried request returns the first result and creates nothing more.</summary>
public sealed class IdempotentSignUpTests(SharedBroker broker) : IAsyncLifetime
{
    private Suite _suite = null!;

    public async ValueTask InitializeAsync() => _suite = await Suite.StartAsync(broker.Node);

    public ValueTask DisposeAsync() => _suite.DisposeAsync();

    [Fact]
    public async Task A_retry_with_the_same_key_returns_the_first_result_and_writes_one_account_and_one_event()
    {
        var handle = ProfileApi.UniqueHandle();
        var key = Guid.NewGuid().ToString();

        var first = await SignUpAsync(handle, key);
        var retry = await SignUpAsync(handle, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(
            (await ProfileApi.ReadJsonAsync(first)).GetProperty("userId").GetString(),
            (await ProfileApi.ReadJsonAsync(retry)).GetProperty("userId").GetString());
        Assert.Equal(1, await SqliteProbe.CountAsync(_suite.DatabaseOf(ResourceNames.Profile), "SELECT COUNT(*) FROM accounts"));
        Assert.Equal(1, await SqliteProbe.CountAsync(_suite.DatabaseOf(ResourceNames.Profile), "SELECT COUNT(*) FROM outbox"));
    }

    [Fact]
    public async Task Concurrent_retries_with_one_key_all_get_the_same_account()
    {
        var handle = ProfileApi.UniqueHandle();
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => SignUpAsync(handle, key)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await ProfileApi.ReadJsonAsync(r)).GetProperty("userId").GetString()));
        Assert.Single(ids.Distinct());
    }

    [Fact]
    public async Task The_same_key_for_a_different_sign_up_is_refused_and_writes_nothing()
    {
        var key = Guid.NewGuid().ToString();
        await SignUpAsync(ProfileApi.UniqueHandle(), key);

        var reused = await SignUpAsync(ProfileApi.UniqueHandle(), key);

        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Contains("idempotency_key_reused", await reused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(1, await SqliteProbe.CountAsync(_suite.DatabaseOf(ResourceNames.Profile), "SELECT COUNT(*) FROM accounts"));
    }

    [Fact]
    public async Task A_malformed_key_is_invalid_input_and_writes_nothing()
    {
        var response = await SignUpAsync(ProfileApi.UniqueHandle(), new string('k', 256));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Idempotency-Key", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(0, await SqliteProbe.CountAsync(_suite.DatabaseOf(ResourceNames.Profile), "SELECT COUNT(*) FROM accounts"));
    }

    private Task<HttpResponseMessage> SignUpAsync(string handle, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/accounts")
        {
            Content = JsonContent.Create(new { handle, password = "long-enough-secret", displayName = "Retry" }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return _suite.Profile.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
    }
}
