using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Social.Contracts.Profile.V1;
using Social.FunctionalTests.Infrastructure;

namespace Social.FunctionalTests.Graph;

/// <summary>
/// Every list of users (followers, following, requests, blocks, mutes, close friends) shows each user as Profile does
/// (handle, display name, avatar), read in one Profile call per page, whatever the page's length.
/// </summary>
public sealed class ListItemProfileTests(SharedBroker broker) : IAsyncLifetime
{
    private readonly CallCounter _profileLookups = new(nameof(ProfileService.ProfileServiceClient), "/GetProfiles");
    private Suite _suite = null!;
    private GraphApi _api = null!;

    public async ValueTask InitializeAsync()
    {
        _suite = await Suite.StartAsync(broker.Node, services => services.AddSingleton<IHttpMessageHandlerBuilderFilter>(_profileLookups));
        _api = new GraphApi(_suite);
    }

    public ValueTask DisposeAsync() => _suite.DisposeAsync();

    [Fact]
    public async Task Every_list_item_carries_the_users_display_name_and_avatar()
    {
        var owner = await ShownUserAsync();
        var bob = await ShownUserAsync();
        var cy = await ShownUserAsync();
        var dan = await ShownUserAsync();
        var reserved = await ShownUserAsync();
        await _api.SetPrivateAsync(reserved, true);
        await _api.FollowAsync(bob, owner);
        await _api.FollowAsync(cy, owner);
        await _api.FollowAsync(bob, reserved);
        await _api.SendAsync(HttpMethod.Put, $"/api/v1/me/blocks/{dan.Id}", owner);
        await _api.SendAsync(HttpMethod.Put, $"/api/v1/me/mutes/{bob.Id}", owner, "{}");
        await _api.SendAsync(HttpMethod.Put, $"/api/v1/me/close-friends/{cy.Id}", owner);

        await AssertShownAsync($"/api/v1/users/{owner.Id}/followers", owner, [cy, bob]);
        await AssertShownAsync($"/api/v1/users/{bob.Id}/following", owner, [owner]);
        await AssertShownAsync("/api/v1/me/follow-requests", reserved, [bob]);
        await AssertShownAsync("/api/v1/me/blocks", owner, [dan]);
        await AssertShownAsync("/api/v1/me/mutes", owner, [bob]);
        await AssertShownAsync("/api/v1/me/close-friends", owner, [cy]);
    }

    [Fact]
    public async Task A_page_costs_one_profile_lookup_whatever_its_length_and_an_empty_page_none()
    {
        var owner = await ShownUserAsync();
        var followers = new List<TestUser>();
        for (var i = 0; i < 4; i++)
        {
            var follower = await ShownUserAsync();
            await _api.FollowAsync(follower, owner);
            followers.Add(follower);
        }

        var before = _profileLookups.Calls;
        var page = await ItemsAsync($"/api/v1/users/{owner.Id}/followers", owner);
        var afterFullPage = _profileLookups.Calls;
        await ItemsAsync("/api/v1/me/blocks", owner);

        Assert.Equal(4, page.Count);
        Assert.Equal(1, afterFullPage - before);
        Assert.Equal(afterFullPage, _profileLookups.Calls);
    }

    /// <summary>A new user with a display name and an avatar of their own.</summary>
    private async Task<TestUser> ShownUserAsync()
    {
        var user = await _api.NewUserAsync();
        using var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/me")
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new { displayName = DisplayNameOf(user), avatarUrl = AvatarOf(user) }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        Assert.Equal(HttpStatusCode.OK, (await _suite.Profile.CreateClient().SendAsync(request, TestContext.Current.CancellationToken)).StatusCode);
        return user;
    }

    private async Task AssertShownAsync(string path, TestUser viewer, IReadOnlyList<TestUser> expected)
    {
        var items = await ItemsAsync(path, viewer);

        Assert.Equal(expected.Select(u => u.Id), items.Select(i => i.GetProperty("userId").GetString()));
        foreach (var (user, item) in expected.Zip(items))
        {
            Assert.Equal(user.Handle, item.GetProperty("handle").GetString());
            Assert.Equal(DisplayNameOf(user), item.GetProperty("displayName").GetString());
            Assert.Equal(AvatarOf(user), item.GetProperty("avatarUrl").GetString());
        }
    }

    private async Task<IReadOnlyList<JsonElement>> ItemsAsync(string path, TestUser viewer)
    {
        var response = await _api.SendAsync(HttpMethod.Get, path, viewer);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await ProfileApi.ReadJsonAsync(response)).GetProperty("items").EnumerateArray()];
    }

    private static string DisplayNameOf(TestUser user) => "Shown " + user.Handle;

    private static string AvatarOf(TestUser user) => $"https://cdn.example.com/avatars/{user.Id}.png";
}
