using Social.Relationships;
using Social.Story.Domain.Access;
using Social.Story.Domain.Stories;
using Social.Story.Domain.Tray;

namespace Social.UnitTests.Story;

/// <summary>
/// The stored tray's rows: one per reach the owner's counted live stories need, independent of relationships, and the
/// row a viewer's relationship picks keys exactly the entry the tray shows them.
/// </summary>
public sealed class StoredTrayRulesTests
{
    private static readonly Guid Viewer = Guid.CreateVersion7();
    private static readonly Guid Owner = Guid.CreateVersion7();
    private static readonly DateTimeOffset Start = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static StoryRecord Story(int minutes, string audience = StoryAudiences.Followers, params Guid[] hideFrom) =>
        StoryRules.Create(Guid.CreateVersion7(), Owner, new StoryDraft("https://cdn.example.com/s.jpg", null, audience, hideFrom), Start.AddMinutes(minutes), TimeSpan.FromHours(24));

    private static IReadOnlyList<TrayRow> Rows(IEnumerable<StoryRecord> live, params StoryRecord[] seen) =>
        StoredTrayRules.Rows(Viewer, Owner, live, id => seen.Any(story => story.StoryId == id));

    [Fact]
    public void An_owner_with_stories_for_followers_only_has_one_row_keyed_by_the_newest_and_any_unseen()
    {
        var (older, newer) = (Story(1), Story(5, StoryAudiences.Everyone));

        var row = Assert.Single(Rows([older, newer], newer));

        Assert.Equal(new TrayRow(Viewer, Owner, TrayReach.Followers, true, newer.CreatedAt, newer.ExpiresAt), row);
        Assert.False(Assert.Single(Rows([older, newer], older, newer)).HasUnseen);
    }

    [Fact]
    public void Each_reach_a_story_needs_gets_a_row_counting_the_stories_within_it()
    {
        var (open, mutuals, friends) = (Story(1), Story(2, StoryAudiences.Mutuals), Story(3, StoryAudiences.CloseFriends));

        var rows = Rows([open, mutuals, friends], friends).ToDictionary(row => row.Reach);

        Assert.Equal([TrayReach.Followers, TrayReach.Mutuals, TrayReach.CloseFriends, TrayReach.Mutuals | TrayReach.CloseFriends], rows.Keys);
        Assert.Equal((true, open.CreatedAt), (rows[TrayReach.Followers].HasUnseen, rows[TrayReach.Followers].LatestAt));
        Assert.Equal((true, mutuals.CreatedAt), (rows[TrayReach.Mutuals].HasUnseen, rows[TrayReach.Mutuals].LatestAt));
        Assert.Equal((true, friends.CreatedAt), (rows[TrayReach.CloseFriends].HasUnseen, rows[TrayReach.CloseFriends].LatestAt));
        Assert.Equal(friends.CreatedAt, rows[TrayReach.Mutuals | TrayReach.CloseFriends].LatestAt);
        Assert.Equal([TrayReach.CloseFriends], Rows([Story(1, StoryAudiences.CloseFriends)]).Select(row => row.Reach));
    }

    [Fact]
    public void Stories_hidden_from_the_viewer_and_the_viewers_own_stories_make_no_rows()
    {
        Assert.Empty(Rows([Story(1, StoryAudiences.Everyone, Viewer)]));
        var other = Story(2, StoryAudiences.Everyone, Guid.CreateVersion7());
        Assert.Equal(other.CreatedAt, Assert.Single(Rows([Story(3, StoryAudiences.Everyone, Viewer), other])).LatestAt);
        Assert.Empty(StoredTrayRules.Rows(Owner, Owner, [Story(1)], _ => false));
        Assert.Empty(Rows([]));
    }

    [Fact]
    public void Mutuals_need_both_follows_and_close_friends_need_the_owners_list()
    {
        Assert.Equal(TrayReach.Followers, StoredTrayRules.Admitted(new Relationship(true, false, false, false)));
        Assert.Equal(TrayReach.Followers, StoredTrayRules.Admitted(new Relationship(false, true, false, false)));
        Assert.Equal(TrayReach.Mutuals, StoredTrayRules.Admitted(new Relationship(true, true, false, false)));
        Assert.Equal(TrayReach.CloseFriends, StoredTrayRules.Admitted(new Relationship(true, false, false, false, InTheirCloseFriends: true)));
        Assert.Equal(TrayReach.Followers, StoredTrayRules.ReachOf(StoryAudiences.Everyone));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void The_row_a_relationship_picks_is_keyed_exactly_as_the_entry_the_tray_shows(bool mutual, bool closeFriend)
    {
        var live = new[] { Story(1), Story(2, StoryAudiences.Mutuals), Story(3, StoryAudiences.CloseFriends), Story(0, StoryAudiences.Followers, Viewer) };
        var seen = new[] { live[0] };
        var facts = new ViewerFacts(Viewer, Owner, false, new Relationship(true, mutual, false, false, InTheirCloseFriends: closeFriend));

        var reach = StoredTrayRules.RowFor(StoredTrayRules.Admitted(facts.Relationship), Viewer, Owner, live);
        var row = Assert.Single(Rows(live, seen), row => row.Reach == reach);
        var entry = Assert.Single(TrayRules.Entries(live.Where(story => TrayRules.Shows(facts, story)), seen.Select(s => s.StoryId).ToHashSet()));

        Assert.Equal(entry.Position, row.Position);
    }

    [Fact]
    public void A_viewer_admitted_to_audiences_the_owner_does_not_use_gets_the_row_of_those_used()
    {
        var live = new[] { Story(1), Story(2, StoryAudiences.Mutuals) };

        Assert.Equal(TrayReach.Mutuals, StoredTrayRules.RowFor(TrayReach.Mutuals | TrayReach.CloseFriends, Viewer, Owner, live));
        Assert.Equal(TrayReach.Followers, StoredTrayRules.RowFor(TrayReach.CloseFriends, Viewer, Owner, live));
    }

    [Fact]
    public void Precedes_is_the_trays_strict_total_order()
    {
        var (a, b) = (Guid.Parse("00000000-0000-7000-8000-000000000001"), Guid.Parse("00000000-0000-7000-8000-000000000002"));
        var unseenOld = new TrayPosition(true, Start, a);
        var seenNew = new TrayPosition(false, Start.AddHours(1), a);
        var unseenNew = new TrayPosition(true, Start.AddHours(1), a);

        Assert.True(TrayRules.Precedes(unseenOld, seenNew));
        Assert.True(TrayRules.Precedes(unseenNew, unseenOld));
        Assert.True(TrayRules.Precedes(new TrayPosition(true, Start, b), unseenOld));
        Assert.False(TrayRules.Precedes(unseenOld, unseenOld));
        Assert.False(TrayRules.Precedes(seenNew, unseenOld));
    }
}
