using Social.Engagement.Domain.Access;
using Social.Engagement.Domain.Content;
using Social.Engagement.Domain.Tags;
using Social.Engagement.Storage;
using Social.KnownUsers;

namespace Social.Engagement.Domain.Reading;

/// <summary>
/// Every read of content, likes, likers and tags, each decided by <see cref="ContentAccess"/> with the facts of one
/// Graph call per page (never one per item, per liker or per tag).
/// </summary>
public sealed class ContentReads(IEngagementStore store, Viewers viewers, KnownUsers<IEngagementTransaction> users, IProfileDirectory profiles)
{
    public async Task<Seen<ViewedContent>> GetAsync(Guid viewer, Guid contentId, CancellationToken cancellationToken)
    {
        if (await store.FindContentAsync(contentId, cancellationToken) is not { } item)
        {
            return new Seen<ViewedContent>(AccessDecision.NotFound);
        }

        var access = ContentAccess.Decide(await viewers.FactsAsync(viewer, item.Record.OwnerId, cancellationToken), item.Record.Audience);
        return access == AccessDecision.Visible
            ? new Seen<ViewedContent>(AccessDecision.Visible, (await ViewAsync(viewer, [item], cancellationToken)).Single())
            : new Seen<ViewedContent>(access);
    }

    /// <summary>An item as its owner sees it (a create's or a register's answer).</summary>
    public async Task<ViewedContent> OwnerViewAsync(ContentItem item, CancellationToken cancellationToken) =>
        (await ViewAsync(item.Record.OwnerId, [item], cancellationToken)).Single();

    /// <summary>The owner's items the viewer may see, newest first: one index range over the audiences they may see.</summary>
    public async Task<Seen<ViewedPage>> ListAsync(Guid viewer, Guid owner, ContentPosition? after, int limit, CancellationToken cancellationToken)
    {
        var access = await UserAccessAsync(viewer, owner, cancellationToken);
        if (access.Decision != AccessDecision.Visible)
        {
            return new Seen<ViewedPage>(access.Decision);
        }

        var page = await store.ListContentAsync(owner, access.Audiences, after, limit, cancellationToken);
        return new Seen<ViewedPage>(AccessDecision.Visible, new ViewedPage(await ViewAsync(viewer, page.Items, cancellationToken), page.Next));
    }

    /// <summary>
    /// The items a user is tagged in, newest tag first, that the viewer may see (each by its own owner's rules; a
    /// page may hold fewer than the limit while the cursor goes on). The tagged user's own privacy and blocks apply
    /// as to their content.
    /// </summary>
    public async Task<Seen<ViewedTaggedPage>> TaggedAsync(Guid viewer, Guid userId, Guid? afterTag, int limit, CancellationToken cancellationToken)
    {
        var access = await UserAccessAsync(viewer, userId, cancellationToken);
        if (access.Decision != AccessDecision.Visible)
        {
            return new Seen<ViewedTaggedPage>(access.Decision);
        }

        var tags = await store.ListTagsOfUserAsync(userId, afterTag, limit, cancellationToken);
        var items = (await store.FindContentsAsync([.. tags.Items.Select(t => t.ContentId)], cancellationToken)).ToDictionary(i => i.Record.ContentId);
        var facts = await viewers.FactsAsync(viewer, [.. items.Values.Select(i => i.Record.OwnerId)], cancellationToken);
        var visible = tags.Items
            .Where(t => items.TryGetValue(t.ContentId, out var item) && ContentAccess.Decide(facts[item.Record.OwnerId], item.Record.Audience) == AccessDecision.Visible)
            .Select(t => items[t.ContentId])
            .ToList();
        return new Seen<ViewedTaggedPage>(AccessDecision.Visible, new ViewedTaggedPage(await ViewAsync(viewer, visible, cancellationToken), tags.Next));
    }

    /// <summary>The item's likers, newest first, leaving out anyone blocked either way with the viewer.</summary>
    public async Task<Seen<ViewedLikers>> LikersAsync(Guid viewer, Guid contentId, Guid? afterLike, int limit, CancellationToken cancellationToken)
    {
        if (await store.FindContentAsync(contentId, cancellationToken) is not { } item)
        {
            return new Seen<ViewedLikers>(AccessDecision.NotFound);
        }

        var access = ContentAccess.Decide(await viewers.FactsAsync(viewer, item.Record.OwnerId, cancellationToken), item.Record.Audience);
        if (access != AccessDecision.Visible)
        {
            return new Seen<ViewedLikers>(access);
        }

        var page = await store.ListLikersAsync(contentId, afterLike, limit, cancellationToken);
        var relationships = await viewers.RelationshipsAsync(viewer, [.. page.Items.Select(l => l.UserId)], cancellationToken);
        var shown = page.Items.Where(l => relationships.GetValueOrDefault(l.UserId)?.BlockedEitherWay != true).ToList();
        var shownProfiles = shown.Count == 0
            ? new Dictionary<Guid, ProfileCard>()
            : await profiles.GetAsync([.. shown.Select(l => l.UserId)], cancellationToken);
        return new Seen<ViewedLikers>(AccessDecision.Visible, new ViewedLikers(page with { Items = shown }, shownProfiles));
    }

    /// <summary>Counts and the viewer's likes for a feed page: items the viewer may not see, and unknown ids, are left out.</summary>
    public async Task<IReadOnlyList<ViewedContent>> EngagementAsync(Guid viewer, IReadOnlyCollection<Guid> contentIds, CancellationToken cancellationToken)
    {
        var items = await store.FindContentsAsync(contentIds, cancellationToken);
        var facts = await viewers.FactsAsync(viewer, [.. items.Select(i => i.Record.OwnerId)], cancellationToken);
        var visible = items.Where(i => ContentAccess.Decide(facts[i.Record.OwnerId], i.Record.Audience) == AccessDecision.Visible).ToList();
        var liked = await store.LikedAsync(viewer, [.. visible.Select(i => i.Record.ContentId)], cancellationToken);
        return [.. visible.Select(i => new ViewedContent(i, liked.Contains(i.Record.ContentId), []))];
    }

    /// <summary>Whether the viewer may see a user's content at all (their own list, their tagged list), and which audiences.</summary>
    private async Task<(AccessDecision Decision, IReadOnlySet<string> Audiences)> UserAccessAsync(Guid viewer, Guid owner, CancellationToken cancellationToken)
    {
        if (await store.FindUserAsync(owner, cancellationToken) is null && !await users.LearnAsync([owner], cancellationToken))
        {
            return (AccessDecision.NotFound, new HashSet<string>());
        }

        var decision = ContentAccess.ForOwner(await viewers.FactsAsync(viewer, owner, cancellationToken), out var audiences);
        return (decision, audiences);
    }

    /// <summary>The items with the viewer's likes and their tags (one Graph call for every tagged user on the page).</summary>
    private async Task<IReadOnlyList<ViewedContent>> ViewAsync(Guid viewer, IReadOnlyList<ContentItem> items, CancellationToken cancellationToken)
    {
        var ids = items.Select(i => i.Record.ContentId).ToList();
        var liked = await store.LikedAsync(viewer, ids, cancellationToken);
        var tags = await store.TagsOfAsync(ids, cancellationToken);
        var tagged = tags.Values.SelectMany(t => t).Select(t => t.UserId).Distinct().ToList();
        var relationships = await viewers.RelationshipsAsync(viewer, tagged, cancellationToken);
        return [.. items.Select(i => new ViewedContent(
            i,
            liked.Contains(i.Record.ContentId),
            [.. tags.GetValueOrDefault(i.Record.ContentId, []).Where(t => relationships.GetValueOrDefault(t.UserId)?.BlockedEitherWay != true)]))];
    }
}
