using Social.ServiceDefaults.Ids;
using Microsoft.Extensions.Options;
using Social.KnownUsers;
using Social.Story.Domain.Access;
using Social.Story.Storage;

namespace Social.Story.Domain.Stories;

/// <summary>
/// Posting and deleting stories. A post is one insert, whoever follows the owner: trays read live stories by owner
/// when they are opened, so a celebrity's post costs what anyone's does (no fan-out on write).
/// </summary>
public sealed class Posting(IStoryStore store, Viewers viewers, KnownUsers<IStoryTransaction> users, IOptions<StoryOptions> options, TimeProvider clock)
{
    /// <summary>A story posted by its owner; with an idempotency key, a retry answers the first result.</summary>
    public async Task<CreateResult<StoryRecord>> PostAsync(Guid ownerId, StoryDraft draft, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var violations = StoryRules.Check(draft).ToList();
        if (KeyedCreation.Check(idempotencyKey) is { } keyProblem)
        {
            violations.Add(keyProblem);
        }

        if (violations.Count > 0)
        {
            return CreateResults.Invalid<StoryRecord>(violations);
        }

        var fingerprint = StoryRules.Fingerprint(draft);
        if (idempotencyKey is not null
            && await KeyedCreation.ReplayAsync(store, ownerId, idempotencyKey, fingerprint, id => store.FindStoryAsync(id, cancellationToken), cancellationToken) is { } replayed)
        {
            return replayed;
        }

        if (await store.FindUserAsync(ownerId, cancellationToken) is null && !await users.LearnAsync([ownerId], cancellationToken))
        {
            return CreateResults.Failed<StoryRecord>(CreateConflict.OwnerUnknown);
        }

        var now = clock.GetUtcNow();
        var story = StoryRules.Create(OrderedIds.CreateVersion7(now), ownerId, draft, now, options.Value.Lifetime);
        var stored = await store.WriteAsync(async (transaction, ct) =>
        {
            if (!await transaction.UserExistsAsync(ownerId, ct))
            {
                return (bool?)null;
            }

            if (!await KeyedCreation.RecordAsync(transaction, ownerId, idempotencyKey, fingerprint, story.StoryId, ct))
            {
                return false; // A concurrent retry with the same key got there first.
            }

            return await transaction.InsertStoryAsync(story, ct);
        }, cancellationToken);

        return stored switch
        {
            true => CreateResults.Done<StoryRecord>(story, created: true),
            false => await KeyedCreation.ReplayAsync(store, ownerId, idempotencyKey!, fingerprint, id => store.FindStoryAsync(id, cancellationToken), cancellationToken)
                ?? CreateResults.Failed<StoryRecord>(CreateConflict.FirstResultGone),
            null => CreateResults.Failed<StoryRecord>(CreateConflict.OwnerUnknown),
        };
    }

    /// <summary>
    /// The owner deletes their story, live or expired, with its views. Someone who may see it but does not own it is
    /// refused; anyone else finds nothing.
    /// </summary>
    public async Task<DeleteOutcome> DeleteAsync(Guid actorId, Guid storyId, CancellationToken cancellationToken)
    {
        if (await store.FindStoryAsync(storyId, cancellationToken) is not { } story)
        {
            return DeleteOutcome.Deleted;
        }

        if (story.OwnerId != actorId)
        {
            var facts = await viewers.FactsAsync(actorId, story.OwnerId, cancellationToken);
            return StoryRules.IsLive(story, clock.GetUtcNow()) && StoryAccess.Decide(facts, story) == AccessDecision.Visible
                ? DeleteOutcome.NotOwner
                : DeleteOutcome.NotFound;
        }

        await store.WriteAsync((transaction, ct) => transaction.DeleteStoryAsync(storyId, ct), cancellationToken);
        return DeleteOutcome.Deleted;
    }
}
