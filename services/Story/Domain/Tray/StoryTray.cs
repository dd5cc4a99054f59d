using Microsoft.Extensions.Options;
using Social.KnownUsers;
using Social.Relationships;
using Social.Story.Domain.Access;
using Social.Story.Domain.Stories;
using Social.Story.Storage;

namespace Social.Story.Domain.Tray;

/// <summary>
/// The viewer's tray, computed when it is read (no fan-out on write: a celebrity's post is one insert). Its cost
/// follows the accounts with live stories, not the accounts followed: one Graph call for the ids the viewer follows
/// (thousands a page), one index range of live stories per owner in batches, Graph's relationships only for owners
/// that have live stories (a hundred a call), the viewer's views of the last lifetime in one range (a view of a live
/// story is never older than the story, so no older view can matter), and Profile for the page's users only.
/// </summary>
public sealed class StoryTray(
    IStoryStore store, GraphFollowing following, Viewers viewers, IProfileDirectory profiles, IOptions<StoryOptions> options, TimeProvider clock)
{
    /// <summary>Owners asked about in one store query (a bounded IN list).</summary>
    private const int OwnersPerQuery = 500;

    public async Task<TrayPage> ReadAsync(Guid viewer, TrayPosition? after, int limit, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var followed = await following.OfAsync(viewer, cancellationToken);
        var live = new List<StoryRecord>();
        foreach (var owners in followed.Chunk(OwnersPerQuery))
        {
            live.AddRange(await store.LiveStoriesAsync(owners, now, cancellationToken));
        }

        var facts = await viewers.FactsAsync(viewer, [.. live.Select(story => story.OwnerId).Distinct()], cancellationToken);
        var shown = live.Where(story => TrayRules.Shows(facts[story.OwnerId], story)).ToList();
        var seen = await store.SeenSinceAsync(viewer, now - options.Value.Lifetime, cancellationToken);
        var entries = TrayRules.Entries(shown, seen)
            .Where(entry => after is null || TrayRules.IsAfter(entry, after))
            .Take(limit + 1)
            .ToList();
        var page = entries.Take(limit).ToList();
        var cards = page.Count == 0 ? new Dictionary<Guid, ProfileCard>() : await profiles.GetAsync([.. page.Select(entry => entry.OwnerId)], cancellationToken);
        return new TrayPage(page, cards, entries.Count > limit ? page[^1].Position : null);
    }
}
