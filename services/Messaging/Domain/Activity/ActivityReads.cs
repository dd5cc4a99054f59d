using Social.KnownUsers;
using Social.Messaging.Storage;
using Social.Relationships;

namespace Social.Messaging.Domain.Activity;

/// <summary>
/// The inbox as its recipient reads it: one range of their entries, then one Graph call for the page's actors (a mute
/// or block made since an entry was written hides it now) and one Profile call for how the actors are shown. A page
/// may hold fewer entries than asked for when some are hidden; its cursor still goes on from the last one read.
/// </summary>
public sealed class ActivityReads(IMessagingStore store, GraphRelationships relationships, IProfileDirectory profiles)
{
    public async Task<ViewedActivityPage> ListAsync(Guid viewer, Guid? before, int limit, CancellationToken cancellationToken)
    {
        var page = await store.ListActivityAsync(viewer, before, limit, cancellationToken);
        var related = await relationships.OfAsync(viewer, page.Items.SelectMany(e => e.Actors), cancellationToken);
        var hidden = related.Where(r => !ActivityRules.Admits(viewer, r.Key, r.Value)).Select(r => r.Key).ToHashSet();
        var visible = page.Items.Select(e => ActivityRules.Visible(e, hidden)).OfType<ActivityEntry>().ToList();
        var actorIds = visible.SelectMany(e => e.Actors).Distinct().ToList();
        var cards = actorIds.Count == 0 ? new Dictionary<Guid, ProfileCard>() : await profiles.GetAsync(actorIds, cancellationToken);
        var items = new List<ViewedActivity>();
        foreach (var entry in visible)
        {
            items.Add(new ViewedActivity(entry, [.. entry.Actors.Where(cards.ContainsKey).Select(a => cards[a])], await TextAsync(entry, cancellationToken)));
        }

        return new ViewedActivityPage(items, page.Next);
    }

    public async Task<Badges> BadgesAsync(Guid userId, CancellationToken cancellationToken) =>
        BadgeRules.Shown(await store.BadgesAsync(userId, cancellationToken));

    /// <summary>A story reply's text as the message has it now (none once unsent).</summary>
    private async Task<string?> TextAsync(ActivityEntry entry, CancellationToken cancellationToken) =>
        entry is { Type: ActivityTypes.StoryReply, MessageId: { } messageId } && await store.FindMessageAsync(messageId, cancellationToken) is { Deleted: false } message
            ? message.Text
            : null;
}
