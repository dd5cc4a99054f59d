using Social.KnownUsers;
using Social.Story.Domain.Access;
using Social.Story.Domain.Stories;
using Social.Story.Storage;

namespace Social.Story.Domain.Reading;

/// <summary>Reading stories: one live story, a user's live stories (oldest first, each with <c>seen</c>), the owner's archive.</summary>
public sealed class StoryReads(IStoryStore store, Viewers viewers, KnownUsers<IStoryTransaction> users, TimeProvider clock)
{
    /// <summary>A live story the viewer may see.</summary>
    public async Task<Seen<ViewedStory>> GetAsync(Guid viewer, Guid storyId, CancellationToken cancellationToken)
    {
        var (access, story) = await LiveAsync(viewer, storyId, cancellationToken);
        if (access != AccessDecision.Visible)
        {
            return new(access);
        }

        var seen = await store.SeenAsync(viewer, [storyId], cancellationToken);
        return new(access, new ViewedStory(story!, seen.Contains(storyId)));
    }

    /// <summary>
    /// The story if it is live and the viewer may see it; otherwise why not. An expired story is not found, for its
    /// owner too (it is in their archive).
    /// </summary>
    public async Task<(AccessDecision Access, StoryRecord? Story)> LiveAsync(Guid viewer, Guid storyId, CancellationToken cancellationToken)
    {
        if (await store.FindStoryAsync(storyId, cancellationToken) is not { } story || !StoryRules.IsLive(story, clock.GetUtcNow()))
        {
            return (AccessDecision.NotFound, null);
        }

        var access = StoryAccess.Decide(await viewers.FactsAsync(viewer, story.OwnerId, cancellationToken), story);
        return (access, access == AccessDecision.Visible ? story : null);
    }

    /// <summary>
    /// The owner's live stories the viewer may see, oldest first, after <paramref name="after"/>. A user's live stories
    /// are one day's posts, one range of the (owner, expires at) index, filtered by audience before paging.
    /// </summary>
    public async Task<Seen<ViewedStoryPage>> UserStoriesAsync(Guid viewer, Guid owner, Guid? after, int limit, CancellationToken cancellationToken)
    {
        if (await store.FindUserAsync(owner, cancellationToken) is null && !await users.LearnAsync([owner], cancellationToken))
        {
            return new(AccessDecision.NotFound);
        }

        var facts = await viewers.FactsAsync(viewer, owner, cancellationToken);
        var access = StoryAccess.ForOwner(facts);
        if (access != AccessDecision.Visible)
        {
            return new(access);
        }

        var visible = (await store.LiveStoriesAsync([owner], clock.GetUtcNow(), cancellationToken))
            .Where(story => StoryAccess.Decide(facts, story) == AccessDecision.Visible && (after is null || story.StoryId.CompareTo(after.Value) > 0))
            .OrderBy(story => story.StoryId)
            .Take(limit + 1)
            .ToList();
        var page = visible.Take(limit).ToList();
        var seen = await store.SeenAsync(viewer, [.. page.Select(story => story.StoryId)], cancellationToken);
        return new(access, new ViewedStoryPage(
            [.. page.Select(story => new ViewedStory(story, seen.Contains(story.StoryId)))],
            visible.Count > limit ? page[^1].StoryId : null));
    }

    /// <summary>The owner's expired stories, newest first.</summary>
    public Task<StoryPage> ArchiveAsync(Guid owner, Guid? after, int limit, CancellationToken cancellationToken) =>
        store.ListExpiredAsync(owner, clock.GetUtcNow(), after, limit, cancellationToken);
}
