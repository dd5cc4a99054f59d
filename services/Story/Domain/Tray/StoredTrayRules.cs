using Social.Relationships;
using Social.Story.Domain.Stories;

namespace Social.Story.Domain.Tray;

/// <summary>
/// What the stored tray holds. A viewer's rows for an owner depend only on the owner's live stories, their hide-from
/// lists and the viewer's seen marks, never on relationships: one row per reach that some counted story needs (see
/// <see cref="TrayReach"/>), so a change of follows, close friends or mutes needs no write, and reading picks the row of
/// the reach the viewer is admitted to (<see cref="RowFor"/>), whose key is then exactly the entry's place in the tray.
/// </summary>
public static class StoredTrayRules
{
    private static readonly TrayReach[] Reaches = [TrayReach.Followers, TrayReach.Mutuals, TrayReach.CloseFriends, TrayReach.Mutuals | TrayReach.CloseFriends];

    /// <summary>The reach a story's audience needs.</summary>
    public static TrayReach ReachOf(string audience) => audience switch
    {
        StoryAudiences.Mutuals => TrayReach.Mutuals,
        StoryAudiences.CloseFriends => TrayReach.CloseFriends,
        _ => TrayReach.Followers,
    };

    /// <summary>The audiences beyond followers that a viewer with this relationship to the owner is in.</summary>
    public static TrayReach Admitted(Relationship relationship) =>
        (relationship.Following && relationship.FollowedBy ? TrayReach.Mutuals : TrayReach.Followers)
        | (relationship.InTheirCloseFriends ? TrayReach.CloseFriends : TrayReach.Followers);

    /// <summary>The viewer's rows for the owner, from the owner's live stories (<paramref name="live"/>) and what the viewer has seen.</summary>
    public static IReadOnlyList<TrayRow> Rows(Guid viewer, Guid owner, IEnumerable<StoryRecord> live, Func<Guid, bool> seen)
    {
        var counted = Counted(viewer, owner, live);
        var present = Present(counted);
        var rows = new List<TrayRow>();
        foreach (var reach in Reaches.Where(reach => (reach & ~present) == 0))
        {
            var stories = counted.Where(story => (ReachOf(story.Audience) & ~reach) == 0).ToList();
            if (stories.Count > 0)
            {
                rows.Add(new TrayRow(
                    viewer, owner, reach, stories.Any(story => !seen(story.StoryId)), stories.Max(story => story.CreatedAt), stories.Max(story => story.ExpiresAt)));
            }
        }

        return rows;
    }

    /// <summary>
    /// The reach of the row that counts exactly the stories a viewer admitted to <paramref name="admitted"/> may see:
    /// the admitted audiences among those the owner's counted live stories use (a row exists only for those).
    /// </summary>
    public static TrayReach RowFor(TrayReach admitted, Guid viewer, Guid owner, IEnumerable<StoryRecord> live) =>
        admitted & Present(Counted(viewer, owner, live));

    /// <summary>The owner's live stories that can count for the viewer: not the viewer's own, not hidden from them.</summary>
    private static List<StoryRecord> Counted(Guid viewer, Guid owner, IEnumerable<StoryRecord> live) =>
        owner == viewer ? [] : [.. live.Where(story => story.OwnerId == owner && !story.HideFrom.Contains(viewer))];

    private static TrayReach Present(IEnumerable<StoryRecord> counted) =>
        counted.Aggregate(TrayReach.Followers, (reach, story) => reach | ReachOf(story.Audience));
}
