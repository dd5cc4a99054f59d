using Social.Relationships;
using Social.Story.Domain.Access;
using Social.Story.Domain.Stories;
using Social.Story.Domain.Tray;

namespace Social.UnitTests.Story;

/// <summary>What the tray shows (followed, unmuted users' stories the viewer may see) and its order: unseen first, then newest.</summary>
public sealed class TrayRulesTests
{
    private static readonly Guid Viewer = Guid.CreateVersion7();
    private static readonly DateTimeOffset Start = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static StoryRecord Story(Guid owner, int minutes, string audience = StoryAudiences.Everyone) =>
        StoryRules.Create(Guid.CreateVersion7(), owner, new StoryDraft("https://cdn.example.com/s.jpg", null, audience, []), Start.AddMinutes(minutes), TimeSpan.FromHours(24));

    private static ViewerFacts Facts(Guid owner, bool following = true, bool muting = false) =>
        new(Viewer, owner, false, new Relationship(following, false, false, false, Muting: muting));

    [Fact]
    public void A_muted_users_stories_are_left_out_of_the_tray_but_stay_visible_directly()
    {
        var muted = Guid.CreateVersion7();
        var story = Story(muted, 0);

        Assert.False(TrayRules.Shows(Facts(muted, muting: true), story));
        Assert.Equal(AccessDecision.Visible, StoryAccess.Decide(Facts(muted, muting: true), story));
        Assert.True(TrayRules.Shows(Facts(muted), story));
    }

    [Fact]
    public void The_tray_shows_only_followed_users_and_only_stories_their_audience_gives_the_viewer()
    {
        var owner = Guid.CreateVersion7();

        Assert.False(TrayRules.Shows(Facts(owner, following: false), Story(owner, 0)));
        Assert.False(TrayRules.Shows(Facts(owner), Story(owner, 0, StoryAudiences.Mutuals)));
        Assert.False(TrayRules.Shows(new ViewerFacts(Viewer, Viewer, false, Relationship.None), Story(Viewer, 0)));
    }

    [Fact]
    public void Users_with_unseen_stories_come_first_then_the_newest_and_marking_seen_moves_a_user_back()
    {
        var early = Guid.CreateVersion7();
        var late = Guid.CreateVersion7();
        var done = Guid.CreateVersion7();
        var earlyStories = new[] { Story(early, 1), Story(early, 5) };
        var lateStory = Story(late, 10);
        var doneStory = Story(done, 20);
        StoryRecord[] all = [.. earlyStories, lateStory, doneStory];

        var tray = TrayRules.Entries(all, new HashSet<Guid> { doneStory.StoryId });
        Assert.Equal([late, early, done], tray.Select(e => e.OwnerId));
        Assert.Equal(2, tray[1].StoryCount);
        Assert.Equal(Start.AddMinutes(5), tray[1].LatestAt);
        Assert.Equal([true, true, false], tray.Select(e => e.HasUnseen));

        var afterSeeingLate = TrayRules.Entries(all, new HashSet<Guid> { doneStory.StoryId, lateStory.StoryId });
        Assert.Equal([early, done, late], afterSeeingLate.Select(e => e.OwnerId));

        // One unseen story of several keeps the user in front.
        var afterSeeingOneOfEarly = TrayRules.Entries(all, new HashSet<Guid> { doneStory.StoryId, lateStory.StoryId, earlyStories[0].StoryId });
        Assert.Equal(early, afterSeeingOneOfEarly[0].OwnerId);
    }

    [Fact]
    public void A_page_starts_strictly_after_the_position_of_the_last_entry_shown()
    {
        var owners = Enumerable.Range(0, 5).Select(_ => Guid.CreateVersion7()).ToList();
        var stories = owners.Select((owner, i) => Story(owner, i % 2)).ToList();
        var tray = TrayRules.Entries(stories, new HashSet<Guid> { stories[0].StoryId, stories[3].StoryId });

        for (var i = 0; i < tray.Count; i++)
        {
            var rest = tray.Where(entry => TrayRules.IsAfter(entry, tray[i].Position)).ToList();
            Assert.Equal(tray.Skip(i + 1), rest);
        }
    }
}
