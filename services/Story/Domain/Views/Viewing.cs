using Social.ServiceDefaults.Ids;
using Social.KnownUsers;
using Social.Relationships.Blocks;
using Social.Story.Domain.Access;
using Social.Story.Domain.Reading;
using Social.Story.Domain.Tray;
using Social.Story.Storage;

namespace Social.Story.Domain.Views;

/// <summary>
/// Seeing and liking stories, and the owner's viewer list. A view and a like are written only while the story is live
/// and the viewer may see it; each write checks the replicated blocks in its own transaction, so a block racing it
/// wins. Likes are private: no count exists anywhere; the owner sees who liked in the viewer list only.
/// </summary>
public sealed class Viewing(IStoryStore store, StoryReads reads, Viewers viewers, IProfileDirectory profiles, TimeProvider clock)
{
    /// <summary>Marks the story seen by the viewer (idempotent: the first time counts). The owner's own views are not recorded.</summary>
    public async Task<AccessDecision> MarkSeenAsync(Guid viewer, Guid storyId, CancellationToken cancellationToken)
    {
        var (access, story) = await reads.LiveAsync(viewer, storyId, cancellationToken);
        if (access != AccessDecision.Visible || story!.OwnerId == viewer)
        {
            return access;
        }

        return await store.WriteAsync(async (transaction, ct) =>
        {
            if (await ReplicatedBlocks.SeparateAsync(transaction, viewer, story.OwnerId, ct))
            {
                return AccessDecision.NotFound;
            }

            if (await transaction.InsertViewAsync(NewView(story.StoryId, story.OwnerId, viewer, liked: false), ct))
            {
                // The owner's place in the viewer's tray moves with what they have seen.
                await TrayRefresh.RefreshAsync(transaction, viewer, story.OwnerId, clock.GetUtcNow(), onlyIfPresent: true, ct);
            }

            return AccessDecision.Visible;
        }, cancellationToken);
    }

    /// <summary>Likes a live story the viewer may see (seeing it too). Idempotent.</summary>
    public Task<LikeOutcome> LikeAsync(Guid viewer, Guid storyId, CancellationToken cancellationToken) =>
        SetLikedAsync(viewer, storyId, liked: true, cancellationToken);

    /// <summary>Takes the like back. Idempotent.</summary>
    public Task<LikeOutcome> UnlikeAsync(Guid viewer, Guid storyId, CancellationToken cancellationToken) =>
        SetLikedAsync(viewer, storyId, liked: false, cancellationToken);

    /// <summary>
    /// The story's views, newest first, for its owner while it is live; a viewer blocked either way with the owner is
    /// left out (Graph's answer now, for the page in one call), whether or not the block's event has removed the view yet.
    /// </summary>
    public async Task<ViewerListOutcome> ViewersAsync(Guid actor, Guid storyId, Guid? afterView, int limit, CancellationToken cancellationToken)
    {
        var (access, story) = await reads.LiveAsync(actor, storyId, cancellationToken);
        if (access != AccessDecision.Visible)
        {
            return new(access, false, null, null);
        }

        if (story!.OwnerId != actor)
        {
            return new(access, true, null, null);
        }

        var page = await store.ListViewsAsync(storyId, afterView, limit, cancellationToken);
        var users = page.Items.Select(view => view.ViewerId).ToList();
        var relationships = await viewers.RelationshipsAsync(actor, users, cancellationToken);
        var shown = page.Items.Where(view => relationships.GetValueOrDefault(view.ViewerId)?.BlockedEitherWay != true).ToList();
        var cards = shown.Count == 0 ? new Dictionary<Guid, ProfileCard>() : await profiles.GetAsync([.. shown.Select(view => view.ViewerId)], cancellationToken);
        return new(access, false, page with { Items = shown }, cards);
    }

    private async Task<LikeOutcome> SetLikedAsync(Guid viewer, Guid storyId, bool liked, CancellationToken cancellationToken)
    {
        var (access, story) = await reads.LiveAsync(viewer, storyId, cancellationToken);
        if (access != AccessDecision.Visible)
        {
            return new(access, false, false);
        }

        if (story!.OwnerId == viewer)
        {
            return new(access, true, false);
        }

        return await store.WriteAsync(async (transaction, ct) =>
        {
            if (await ReplicatedBlocks.SeparateAsync(transaction, viewer, story.OwnerId, ct))
            {
                return new LikeOutcome(AccessDecision.NotFound, false, false);
            }

            if (liked)
            {
                // A like is made on a story being seen: the view is recorded with it when it was not yet.
                if (await transaction.InsertViewAsync(NewView(story.StoryId, story.OwnerId, viewer, liked: true), ct))
                {
                    await TrayRefresh.RefreshAsync(transaction, viewer, story.OwnerId, clock.GetUtcNow(), onlyIfPresent: true, ct);
                }
            }

            await transaction.SetLikedAsync(story.StoryId, viewer, liked, ct);
            return new LikeOutcome(AccessDecision.Visible, false, liked);
        }, cancellationToken);
    }

    private ViewRecord NewView(Guid storyId, Guid ownerId, Guid viewer, bool liked)
    {
        var now = clock.GetUtcNow();
        return new ViewRecord(storyId, ownerId, viewer, OrderedIds.CreateVersion7(now), now, liked);
    }
}
