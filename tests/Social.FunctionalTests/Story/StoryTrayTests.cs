using Social.FunctionalTests.Infrastructure;
using Social.Testing;

namespace Social.FunctionalTests.Story;

/// <summary>
/// The stored tray through the API, from the viewer's side: what changes after a post (a follow, an unfollow, close
/// friends, a deleted story) shows at the viewer's next read, and never anything they may no longer see.
/// </summary>
public sealed class StoryTrayTests(StorySuiteFixture suite) : StoryApiTestBase(suite)
{
    [Fact]
    public async Task A_user_followed_after_their_post_enters_the_tray_once_story_hears_of_it_and_an_unfollow_takes_them_out_at_once()
    {
        var owner = await Graph.NewUserAsync("tf");
        var viewer = await Graph.NewUserAsync("tf");
        await Api.PostAsync(owner);

        await Graph.FollowAsync(viewer, owner);
        await Eventually.ReturnsAsync(
            () => Api.TrayAsync(viewer), tray => tray.SequenceEqual([owner.Id]), TimeSpan.FromSeconds(30), "Story to hear of the follow");

        Assert.True((await Graph.SendAsync(HttpMethod.Delete, $"/api/v1/me/following/{owner.Id}", viewer)).IsSuccessStatusCode);
        Assert.Empty(await Api.TrayAsync(viewer));
    }

    [Fact]
    public async Task Taken_off_close_friends_after_a_post_the_viewer_no_longer_finds_it_in_the_tray()
    {
        var owner = await Graph.NewUserAsync("tc");
        var friend = await Graph.NewUserAsync("tc");
        await Graph.FollowAsync(friend, owner);
        Assert.True((await Graph.SendAsync(HttpMethod.Put, $"/api/v1/me/close-friends/{friend.Id}", owner)).IsSuccessStatusCode);
        await Api.PostAsync(owner, "closeFriends");
        Assert.Equal([owner.Id], await Api.TrayAsync(friend));

        Assert.True((await Graph.SendAsync(HttpMethod.Delete, $"/api/v1/me/close-friends/{friend.Id}", owner)).IsSuccessStatusCode);

        Assert.Empty(await Api.TrayAsync(friend));
    }

    [Fact]
    public async Task A_deleted_story_leaves_the_followers_trays_and_the_owner_stays_only_for_what_is_left()
    {
        var owner = await Graph.NewUserAsync("td");
        var other = await Graph.NewUserAsync("td");
        var viewer = await Graph.NewUserAsync("td");
        await Graph.FollowAsync(viewer, owner);
        await Graph.FollowAsync(viewer, other);
        var older = await Api.PostAsync(owner);
        await Api.PostAsync(other);
        var newest = await Api.PostAsync(owner);
        Assert.Equal([owner.Id, other.Id], await Api.TrayAsync(viewer));

        Assert.True((await Api.SendAsync(HttpMethod.Delete, $"/api/v1/stories/{newest}", owner)).IsSuccessStatusCode);
        Assert.Equal([other.Id, owner.Id], await Api.TrayAsync(viewer));

        Assert.True((await Api.SendAsync(HttpMethod.Delete, $"/api/v1/stories/{older}", owner)).IsSuccessStatusCode);
        Assert.Equal([other.Id], await Api.TrayAsync(viewer));
    }
}
