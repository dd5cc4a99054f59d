using Social.KnownUsers;
using Social.Messaging.Storage;
using Social.Relationships;

namespace Social.Messaging.Domain.Activity;

/// <summary>
/// The inbox as its recipient reads it: a range of their entries, then one Graph call for its actors (a mute or block
/// made since an entry was written hides it now), and one Profile call for how the page's actors are shown. When
/// hidden entries leave a page short, the next range is read to fill it, up to <see cref="MaxReads"/> ranges, so a
/// page holds fewer entries than asked for only at the end of the inbox or after that many reads (someone who hid
/// most of their inbox); its cursor goes on from the last entry it looked at.
/// </summary>
public sealed class ActivityReads(IMessagingStore store, GraphRelationships relationships, IProfileDirectory profiles)
{
    /// <summary>The most ranges of entries one page reads, each of the page's size: bounds the work of a page that hidden entries keep short.</summary>
    public const int MaxReads = 5;

    public async Task<ViewedActivityPage> ListAsync(Guid viewer, Guid? before, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var visible = new List<ActivityEntry>();
        var next = before;
        for (var reads = 0; reads < MaxReads && visible.Count < limit; reads++)
        {
            var page = await store.ListActivityAsync(viewer, next, limit, cancellationToken);
            var hidden = await HiddenAsync(viewer, page.Items, cancellationToken);
            // Entries go in until the page is full; the cursor follows the last one looked at, shown or not.
            var taken = 0;
            foreach (var entry in page.Items.TakeWhile(_ => visible.Count < limit))
            {
                taken++;
                next = entry.Position;
                if (ActivityRules.Visible(entry, hidden) is { } shown)
                {
                    visible.Add(shown);
                }
            }

            if (taken == page.Items.Count && page.Next is null)
            {
                next = null;
                break;
            }
        }

        var actorIds = visible.SelectMany(e => e.Actors).Distinct().ToList();
        var cards = actorIds.Count == 0 ? new Dictionary<Guid, ProfileCard>() : await profiles.GetAsync(actorIds, cancellationToken);
        var items = new List<ViewedActivity>();
        foreach (var entry in visible)
        {
            items.Add(new ViewedActivity(entry, [.. entry.Actors.Where(cards.ContainsKey).Select(a => cards[a])], await TextAsync(entry, cancellationToken)));
        }

        return new ViewedActivityPage(items, next);
    }

    public async Task<Badges> BadgesAsync(Guid userId, CancellationToken cancellationToken) =>
        BadgeRules.Shown(await store.BadgesAsync(userId, cancellationToken));

    /// <summary>The actors of <paramref name="entries"/> that <paramref name="viewer"/> is not to hear of now, as Graph answers.</summary>
    private async Task<IReadOnlySet<Guid>> HiddenAsync(Guid viewer, IReadOnlyList<ActivityEntry> entries, CancellationToken cancellationToken)
    {
        var related = await relationships.OfAsync(viewer, entries.SelectMany(e => e.Actors), cancellationToken);
        return related.Where(r => !ActivityRules.Admits(viewer, r.Key, r.Value)).Select(r => r.Key).ToHashSet();
    }

    /// <summary>A story reply's text as the message has it now (none once unsent).</summary>
    private async Task<string?> TextAsync(ActivityEntry entry, CancellationToken cancellationToken) =>
        entry is { Type: ActivityTypes.StoryReply, MessageId: { } messageId } && await store.FindMessageAsync(messageId, cancellationToken) is { Deleted: false } message
            ? message.Text
            : null;
}
