using Social.ServiceDefaults.Ids;
using Microsoft.Extensions.Options;
using Social.KnownUsers;
using Social.Story.Domain.Access;
using Social.Story.Domain.Tray;
using Social.Story.Storage;

namespace Social.Story.Domain.Stories;

/// <summary>
/// Posting and deleting stories. A post is the story and its pending tray fan-out, in one transaction; the post then runs
/// the fan-out's first batch (<see cref="TrayFanOut"/>: a follower count from Graph, then one bounded page of followers,
/// or, above the fan-out limit, a broadcast row), so its cost is bounded whoever follows the owner, and the background
/// worker carries out the rest. A deleted story leaves trays at their next read (rows are checked against live stories).
/// </summary>
public sealed class Posting(
    IStoryStore store, Viewers viewers, KnownUsers<IStoryTransaction> users, TrayFanOut fanOut, IOptions<StoryOptions> options, TimeProvider clock)
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
        var fanOutWork = new PendingTrayFanOut(story.StoryId, ownerId, null, now);
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

            if (!await transaction.InsertStoryAsync(story, ct))
            {
                return false;
            }

            await transaction.ScheduleTrayFanOutAsync(fanOutWork, ct);
            return true;
        }, cancellationToken);

        if (stored == true)
        {
            await fanOut.StartAsync(fanOutWork, cancellationToken);
        }

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
