using Social.Story.Domain.Access;
using Social.Story.Domain.Stories;

namespace Social.Story.Domain.Tray;

/// <summary>
/// What the tray shows and in which order. It lists followed users with live stories the viewer may see; muted users
/// are left out (their stories stay reachable directly). Users with an unseen story come first, then the newest
/// story first; the owner id breaks ties, so the order is total and a cursor names one place in it.
/// </summary>
public static class TrayRules
{
    /// <summary>Whether the tray shows this live story: a followed, unmuted owner's story the viewer may see.</summary>
    public static bool Shows(ViewerFacts facts, StoryRecord story) =>
        !facts.IsOwner
        && facts.Relationship.Following
        && !facts.Relationship.Muting
        && StoryAccess.Decide(facts, story) == AccessDecision.Visible;

    /// <summary>One entry per owner of <paramref name="shown"/> (stories the tray shows), in the tray's order.</summary>
    public static IReadOnlyList<TrayEntry> Entries(IEnumerable<StoryRecord> shown, IReadOnlySet<Guid> seen) =>
        Order(shown.GroupBy(story => story.OwnerId).Select(stories => new TrayEntry(
            stories.Key,
            stories.Count(),
            stories.Max(story => story.CreatedAt),
            stories.Any(story => !seen.Contains(story.StoryId)))));

    public static IReadOnlyList<TrayEntry> Order(IEnumerable<TrayEntry> entries) =>
        [.. entries.OrderByDescending(e => e.HasUnseen).ThenByDescending(e => e.LatestAt).ThenByDescending(e => e.OwnerId)];

    /// <summary>Whether <paramref name="entry"/> comes after <paramref name="position"/> in the tray's order.</summary>
    public static bool IsAfter(TrayEntry entry, TrayPosition position) => Precedes(position, entry.Position);

    /// <summary>Whether <paramref name="first"/> comes strictly before <paramref name="second"/> in the tray's order.</summary>
    public static bool Precedes(TrayPosition first, TrayPosition second)
    {
        if (first.HasUnseen != second.HasUnseen)
        {
            return first.HasUnseen;
        }

        return first.LatestAt != second.LatestAt ? first.LatestAt > second.LatestAt : first.OwnerId.CompareTo(second.OwnerId) > 0;
    }
}
