using System.Net;
using System.Text.Json;
using Social.FunctionalTests.Infrastructure;

namespace Social.FunctionalTests.Profile;

/// <summary>Batch lookup by ids and prefix search, with the list conventions (limit, cursor) of the API.</summary>
public sealed class ProfileLookupTests(SharedBroker broker) : IAsyncLifetime
{
    private readonly string _prefix = "lk" + Guid.NewGuid().ToString("N")[..8];
    private Suite _suite = null!;
    private HttpClient _client = null!;
    private string _token = null!;

    public async ValueTask InitializeAsync()
    {
        _suite = await Suite.StartAsync(broker.Node);
        _client = _suite.Profile.CreateClient();
        (_, _token) = await OAuthApi.NewSignedInUserAsync(_client);
    }

    public ValueTask DisposeAsync() => _suite.DisposeAsync();

    [Fact]
    public async Task A_batch_returns_the_profiles_that_exist_and_leaves_unknown_ids_out()
    {
        var first = await SignUpAsync("a");
        var second = await SignUpAsync("b");

        var response = await GetAsync($"/api/v1/profiles?ids={first},{second},{Guid.CreateVersion7()}");
        var ids = Items(await ProfileApi.ReadJsonAsync(response)).Select(p => p.GetProperty("userId").GetString()).Order().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new[] { first, second }.Order(), ids);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?ids=not-a-uuid")]
    public async Task A_batch_without_valid_ids_is_400(string query) =>
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync("/api/v1/profiles" + query)).StatusCode);

    [Fact]
    public async Task A_batch_of_more_than_100_ids_is_400()
    {
        var ids = string.Join(',', Enumerable.Range(0, 101).Select(_ => Guid.CreateVersion7()));

        var response = await GetAsync($"/api/v1/profiles?ids={ids}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"field\":\"ids\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_pages_through_handle_prefix_matches_in_handle_order()
    {
        foreach (var suffix in new[] { "c", "a", "b" })
        {
            await SignUpAsync(suffix);
        }

        var first = await ProfileApi.ReadJsonAsync(await GetAsync($"/api/v1/profiles:search?q={_prefix.ToUpperInvariant()}&limit=2"));
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await ProfileApi.ReadJsonAsync(await GetAsync($"/api/v1/profiles:search?q={_prefix}&limit=2&cursor={cursor}"));

        Assert.Equal([$"{_prefix}_a", $"{_prefix}_b"], Items(first).Select(p => p.GetProperty("handle").GetString()));
        Assert.Equal([$"{_prefix}_c"], Items(second).Select(p => p.GetProperty("handle").GetString()));
        Assert.False(second.TryGetProperty("nextCursor", out _));
    }

    [Fact]
    public async Task Search_matches_a_display_name_prefix_in_any_case()
    {
        var handle = $"{_prefix}_dn";
        await ProfileApi.SignUpAsync(_client, handle, displayName: $"Zed {_prefix}");

        var found = await ProfileApi.ReadJsonAsync(await GetAsync($"/api/v1/profiles:search?q=zED%20{_prefix}"));

        Assert.Contains(Items(found), p => p.GetProperty("handle").GetString() == handle);
    }

    [Theory]
    [InlineData("?q=")]
    [InlineData("?q=ab&limit=101")]
    [InlineData("?q=ab&limit=-1")]
    [InlineData("?q=ab&cursor=%%%")]
    public async Task Search_with_bad_parameters_is_400(string query) =>
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync("/api/v1/profiles:search" + query)).StatusCode);

    [Fact]
    public async Task Lookups_need_an_access_token()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await OAuthApi.GetAsync(_client, $"/api/v1/profiles?ids={Guid.CreateVersion7()}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await OAuthApi.GetAsync(_client, "/api/v1/profiles:search?q=ab", null)).StatusCode);
    }

    private async Task<string> SignUpAsync(string suffix)
    {
        var created = await ProfileApi.SignUpAsync(_client, $"{_prefix}_{suffix}");
        return (await ProfileApi.ReadJsonAsync(created)).GetProperty("userId").GetString()!;
    }

    private Task<HttpResponseMessage> GetAsync(string path) => OAuthApi.GetAsync(_client, path, _token);

    private static JsonElement.ArrayEnumerator Items(JsonElement page) => page.GetProperty("items").EnumerateArray();
}
