using Social.Engagement.Domain.Access;
using Social.Engagement.Domain.Content;
using Social.Engagement.Domain.Likes;
using Social.Engagement.Storage;
using Social.KnownUsers;

namespace Social.Engagement.Domain.Reading;

/// <summary>
/// Every read of content, likes and likers, each decided by <see cref="ContentAccess"/> with the facts of one Graph
/// call per page (never one per item or per liker).
/// </summary>
public sealed class ContentReads(IEngagementStore store, Viewers viewers, KnownUsers<IEngagementTransaction> users)
{
    public async Task<Seen<ViewedContent>> GetAsync(Guid viewer, Guid contentId, CancellationToken cancellationToken)
    {
        if (await store.FindContentAsync(contentId, cancellationToken) is not { } item)
        {
            return new Seen<ViewedContent>(AccessDecision.NotFound);
        }

        var access = ContentAccess.Decide(await viewers.FactsAsync(viewer, item.Record.OwnerId, cancellationToken), item.Record.Audience);
        if (access != AccessDecision.Visible)
        {
            return new Seen<ViewedContent>(access);
        }

        var liked = await store.LikedAsync(viewer, [contentId], cancellationToken);
        return new Seen<ViewedContent>(AccessDecision.Visible, new ViewedContent(item, liked.Contains(contentId)));
    }

    /// <summary>The owner's items the viewer may see, newest first: one index range over the audiences they may see.</summary>
    public async Task<Seen<ViewedPage>> ListAsync(Guid viewer, Guid owner, ContentPosition? after, int limit, CancellationToken cancellationToken)
    {
        if (await store.FindUserAsync(owner, cancellationToken) is null && !await users.LearnAsync([owner], cancellationToken))
        {
            return new Seen<ViewedPage>(AccessDecision.NotFound);
        }

        var access = ContentAccess.ForOwner(await viewers.FactsAsync(viewer, owner, cancellationToken), out var audiences);
        if (access != AccessDecision.Visible)
        {
            return new Seen<ViewedPage>(access);
        }

        var page = await store.ListContentAsync(owner, audiences, after, limit, cancellationToken);
        var liked = await store.LikedAsync(viewer, [.. page.Items.Select(i => i.Record.ContentId)], cancellationToken);
        return new Seen<ViewedPage>(AccessDecision.Visible, new ViewedPage([.. page.Items.Select(i => new ViewedContent(i, liked.Contains(i.Record.ContentId)))], page.Next));
    }

    /// <summary>The item's likers, newest first, leaving out anyone blocked either way with the viewer.</summary>
    public async Task<Seen<LikerPage>> LikersAsync(Guid viewer, Guid contentId, Guid? afterLike, int limit, CancellationToken cancellationToken)
    {
        if (await store.FindContentAsync(contentId, cancellationToken) is not { } item)
        {
            return new Seen<LikerPage>(AccessDecision.NotFound);
        }

        var access = ContentAccess.Decide(await viewers.FactsAsync(viewer, item.Record.OwnerId, cancellationToken), item.Record.Audience);
        if (access != AccessDecision.Visible)
        {
            return new Seen<LikerPage>(access);
        }

        var page = await store.ListLikersAsync(contentId, afterLike, limit, cancellationToken);
        var relationships = await viewers.RelationshipsAsync(viewer, [.. page.Items.Select(l => l.UserId)], cancellationToken);
        var shown = page.Items.Where(l => relationships.GetValueOrDefault(l.UserId)?.BlockedEitherWay != true).ToList();
        return new Seen<LikerPage>(AccessDecision.Visible, page with { Items = shown });
    }

    /// <summary>Counts and the viewer's likes for a feed page: items the viewer may not see, and unknown ids, are left out.</summary>
    public async Task<IReadOnlyList<ViewedContent>> EngagementAsync(Guid viewer, IReadOnlyCollection<Guid> contentIds, CancellationToken cancellationToken)
    {
        var items = await store.FindContentsAsync(contentIds, cancellationToken);
        var facts = await viewers.FactsAsync(viewer, [.. items.Select(i => i.Record.OwnerId)], cancellationToken);
        var visible = items.Where(i => ContentAccess.Decide(facts[i.Record.OwnerId], i.Record.Audience) == AccessDecision.Visible).ToList();
        var liked = await store.LikedAsync(viewer, [.. visible.Select(i => i.Record.ContentId)], cancellationToken);
        return [.. visible.Select(i => new ViewedContent(i, liked.Contains(i.Record.ContentId)))];
    }
}
