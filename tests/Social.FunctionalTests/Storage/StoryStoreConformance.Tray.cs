using Social.Story.Domain.Stories;

namespace Social.FunctionalTests.Storage;

/// <summary>The tray: whom it shows, its order as stories are seen, its pages, and what it asks of Graph.</summary>
public abstract partial class StoryStoreConformance
{
    [Fact]
    public async Task The_tray_shows_followed_users_with_stories_the_viewer_may_see_unseen_first_then_newest()
    {
        var viewer = await NewUserAsync();
        var (early, late, muted, mutualOnly, unfollowed, quiet) =
            (await NewUserAsync(), await NewUserAsync(), await NewUserAsync(), await NewUserAsync(), await NewUserAsync(), await NewUserAsync());
        foreach (var owner in new[] { early, late, muted, mutualOnly, quiet })
        {
            Story.Relationships.Follow(viewer, owner);
        }

        Story.Relationships.Mute(viewer, muted);
        var earlyStory = await PostAsync(early);
        await PostAsync(early, StoryAudiences.Everyone);
        var lateStory = await PostAsync(late);
        var mutedStory = await PostAsync(muted);
        await PostAsync(mutualOnly, StoryAudiences.Mutuals);
        await PostAsync(unfollowed, StoryAudiences.Everyone);

        var tray = (await Story.Tray.ReadAsync(viewer, null, 10, Cancellation)).Items;
        Assert.Equal([late, early], tray.Select(e => e.OwnerId));
        Assert.Equal([1, 2], tray.Select(e => e.StoryCount));
        // The muted user's story stays reachable directly.
        Assert.Equal(Social.Story.Domain.Access.AccessDecision.Visible, (await Story.Reads.GetAsync(viewer, mutedStory, Cancellation)).Access);

        await Story.Viewing.MarkSeenAsync(viewer, lateStory, Cancellation);
        Assert.Equal([early, late], (await Story.Tray.ReadAsync(viewer, null, 10, Cancellation)).Items.Select(e => e.OwnerId));

        await Story.Viewing.MarkSeenAsync(viewer, earlyStory, Cancellation);
        var afterOne = (await Story.Tray.ReadAsync(viewer, null, 10, Cancellation)).Items;
        Assert.Equal([early, late], afterOne.Select(e => e.OwnerId));
        Assert.Equal([true, false], afterOne.Select(e => e.HasUnseen));
    }

    [Fact]
    public async Task A_tray_read_page_by_page_shows_each_user_once_and_asks_graph_about_the_pages_owners_only()
    {
        var viewer = await NewUserAsync();
        var owners = new List<Guid>();
        for (var i = 0; i < 130; i++)
        {
            var owner = await NewUserAsync();
            Story.Relationships.Follow(viewer, owner);
            owners.Add(owner);
        }

        foreach (var owner in owners.Take(105))
        {
            await PostAsync(owner);
        }

        var calls = Story.Relationships.Calls;
        var first = await Story.Tray.ReadAsync(viewer, null, 100, Cancellation);
        // No following list: relationships for the page's 100 owners and the one that says another page follows.
        Assert.Equal(2, Story.Relationships.Calls - calls);

        var second = await Story.Tray.ReadAsync(viewer, first.Next, 100, Cancellation);
        Assert.Null(second.Next);
        var shown = first.Items.Concat(second.Items).Select(e => e.OwnerId).ToList();
        Assert.Equal(105, shown.Count);
        Assert.Equal(owners.Take(105).Order(), shown.Order());
        Assert.All(first.Items, e => Assert.Equal(FakeProfiles.HandleOf(e.OwnerId), first.Profiles[e.OwnerId].Handle));
    }
}
