using Social.ServiceDefaults.Ids;
using Social.KnownUsers;
using Social.ServiceDefaults.Validation;
using Social.Story.Domain.Access;
using Social.Story.Domain.Reading;
using Social.Story.Domain.Stories;
using Social.Story.Storage;

namespace Social.Story.Domain.Highlights;

/// <summary>
/// Highlights: an owner keeps chosen stories of theirs on their profile after the stories expire. Others see a
/// highlight by the stories' own rules (the owner's privacy and blocks, each story's audience and hide-from list);
/// a deleted story leaves every highlight it was in.
/// </summary>
public sealed class Highlighting(IStoryStore store, Viewers viewers, KnownUsers<IStoryTransaction> users, TimeProvider clock)
{
    public async Task<CreateResult<ShownHighlight>> CreateAsync(Guid ownerId, HighlightDraft draft, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var storyIds = draft.StoryIds.Distinct().ToList();
        var violations = new List<FieldViolation>();
        if (HighlightRules.CheckTitle(draft.Title) is { } title)
        {
            violations.Add(title);
        }

        if (HighlightRules.CheckStories("storyIds", storyIds, await OwnedAsync(ownerId, storyIds, cancellationToken)) is { } stories)
        {
            violations.Add(stories);
        }

        if (KeyedCreation.Check(idempotencyKey) is { } keyProblem)
        {
            violations.Add(keyProblem);
        }

        if (violations.Count > 0)
        {
            return CreateResults.Invalid<ShownHighlight>(violations);
        }

        var fingerprint = HighlightRules.Fingerprint(draft with { StoryIds = storyIds });
        if (idempotencyKey is not null
            && await KeyedCreation.ReplayAsync(store, ownerId, idempotencyKey, fingerprint, id => ShownToOwnerAsync(id, cancellationToken), cancellationToken) is { } replayed)
        {
            return replayed;
        }

        if (await store.FindUserAsync(ownerId, cancellationToken) is null && !await users.LearnAsync([ownerId], cancellationToken))
        {
            return CreateResults.Failed<ShownHighlight>(CreateConflict.OwnerUnknown);
        }

        var now = clock.GetUtcNow();
        var highlight = new HighlightRecord(OrderedIds.CreateVersion7(now), ownerId, draft.Title!.Trim(), storyIds, now);
        var stored = await store.WriteAsync(async (transaction, ct) =>
        {
            if (!await KeyedCreation.RecordAsync(transaction, ownerId, idempotencyKey, fingerprint, highlight.HighlightId, ct))
            {
                return false;
            }

            await transaction.InsertHighlightAsync(highlight, ct);
            return true;
        }, cancellationToken);

        return stored
            ? CreateResults.Done<ShownHighlight>((await ShownToOwnerAsync(highlight.HighlightId, cancellationToken))!, created: true)
            : await KeyedCreation.ReplayAsync(store, ownerId, idempotencyKey!, fingerprint, id => ShownToOwnerAsync(id, cancellationToken), cancellationToken)
                ?? CreateResults.Failed<ShownHighlight>(CreateConflict.FirstResultGone);
    }

    /// <summary>Renames a highlight of the caller's and adds or removes stories. Another user's highlight is not found.</summary>
    public async Task<EditOutcome> EditAsync(Guid ownerId, Guid highlightId, HighlightEdit edit, CancellationToken cancellationToken)
    {
        if (await store.FindHighlightAsync(highlightId, cancellationToken) is not { } current || current.OwnerId != ownerId)
        {
            return new([], null);
        }

        var violations = new List<FieldViolation>();
        if (edit.Title is not null && HighlightRules.CheckTitle(edit.Title) is { } title)
        {
            violations.Add(title);
        }

        var added = edit.Add.Distinct().ToList();
        if (added.Count > 0 && !(await OwnedAsync(ownerId, added, cancellationToken)).SetEquals(added))
        {
            violations.Add(new FieldViolation("addStoryIds", "Each story is one of yours."));
        }

        var stories = HighlightRules.Apply(current.StoryIds, edit);
        if (stories.Count == 0)
        {
            violations.Add(new FieldViolation("removeStoryIds", "A highlight keeps at least one story; delete it instead."));
        }
        else if (stories.Count > HighlightRules.MaxStories)
        {
            violations.Add(new FieldViolation("addStoryIds", $"A highlight keeps at most {HighlightRules.MaxStories} stories."));
        }

        if (violations.Count > 0)
        {
            return new(violations, null);
        }

        var changed = current with { Title = edit.Title?.Trim() ?? current.Title, StoryIds = stories };
        var done = await store.WriteAsync(async (transaction, ct) =>
        {
            if (await transaction.ReadHighlightAsync(highlightId, ct) is null)
            {
                return false;
            }

            await transaction.ReplaceHighlightAsync(changed, ct);
            return true;
        }, cancellationToken);

        return done ? new([], await ShownToOwnerAsync(highlightId, cancellationToken)) : new([], null);
    }

    /// <summary>Deletes a highlight of the caller's (idempotent: one already gone is deleted); false for another user's.</summary>
    public async Task<bool> DeleteAsync(Guid ownerId, Guid highlightId, CancellationToken cancellationToken)
    {
        if (await store.FindHighlightAsync(highlightId, cancellationToken) is not { } highlight)
        {
            return true;
        }

        if (highlight.OwnerId != ownerId)
        {
            return false;
        }

        await store.WriteAsync(async (transaction, ct) =>
        {
            await transaction.DeleteHighlightAsync(highlightId, ct);
            return true;
        }, cancellationToken);
        return true;
    }

    /// <summary>The owner's highlights as the viewer may see them, newest first.</summary>
    public async Task<Seen<ShownHighlightPage>> ListAsync(Guid viewer, Guid ownerId, Guid? after, int limit, CancellationToken cancellationToken)
    {
        var facts = await viewers.FactsAsync(viewer, ownerId, cancellationToken);
        var access = StoryAccess.ForOwner(facts);
        if (access != AccessDecision.Visible)
        {
            return new(access);
        }

        var page = await store.ListHighlightsAsync(ownerId, after, limit, cancellationToken);
        var stories = (await store.FindStoriesAsync([.. page.Items.SelectMany(h => h.StoryIds).Distinct()], cancellationToken))
            .Where(story => StoryAccess.Decide(facts, story) == AccessDecision.Visible)
            .ToDictionary(story => story.StoryId);
        return new(access, new ShownHighlightPage([.. page.Items.Select(h => Shown(h, stories))], page.Next));
    }

    private async Task<ShownHighlight?> ShownToOwnerAsync(Guid highlightId, CancellationToken cancellationToken)
    {
        if (await store.FindHighlightAsync(highlightId, cancellationToken) is not { } highlight)
        {
            return null;
        }

        var stories = (await store.FindStoriesAsync(highlight.StoryIds, cancellationToken)).ToDictionary(story => story.StoryId);
        return Shown(highlight, stories);
    }

    private static ShownHighlight Shown(HighlightRecord highlight, Dictionary<Guid, StoryRecord> visible) =>
        new(highlight, [.. highlight.StoryIds.Where(visible.ContainsKey).Select(id => visible[id])]);

    private async Task<IReadOnlySet<Guid>> OwnedAsync(Guid ownerId, List<Guid> storyIds, CancellationToken cancellationToken) =>
        storyIds.Count == 0
            ? new HashSet<Guid>()
            : (await store.FindStoriesAsync(storyIds, cancellationToken)).Where(story => story.OwnerId == ownerId).Select(story => story.StoryId).ToHashSet();
}
