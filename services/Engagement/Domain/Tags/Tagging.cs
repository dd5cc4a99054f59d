using Social.Contracts.Events;
using Social.Engagement.Domain.Access;
using Social.Engagement.Storage;
using Social.KnownUsers;
using Social.Relationships;
using Social.Relationships.Blocks;

namespace Social.Engagement.Domain.Tags;

/// <summary>
/// Tags: the owner tags users (each checked by <see cref="TagRules"/>, one Graph call for all of them), the owner or
/// the tagged user removes a tag; each change commits with its event.
/// </summary>
public sealed class Tagging(IEngagementStore store, Viewers viewers, KnownUsers<IEngagementTransaction> users, TimeProvider clock)
{
    /// <summary>Those of <paramref name="userIds"/> the owner may tag: known users (asking Profile about new ones) whose settings accept it.</summary>
    public async Task<IReadOnlyList<Guid>> AcceptedAsync(Guid ownerId, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        if (userIds.Count == 0)
        {
            return [];
        }

        var unknown = new List<Guid>();
        foreach (var userId in userIds)
        {
            if (await store.FindUserAsync(userId, cancellationToken) is null)
            {
                unknown.Add(userId);
            }
        }

        if (unknown.Count > 0)
        {
            await users.LearnAsync(unknown, cancellationToken);
        }

        var relationships = await viewers.RelationshipsAsync(ownerId, userIds, cancellationToken);
        var accepted = new List<Guid>();
        foreach (var userId in userIds)
        {
            if (await store.FindUserAsync(userId, cancellationToken) is not null
                && TagRules.Accepts(ownerId, userId, relationships.GetValueOrDefault(userId, Relationship.None), await store.GetSettingsAsync(userId, cancellationToken)))
            {
                accepted.Add(userId);
            }
        }

        return accepted;
    }

    /// <summary>Writes the tags of a new item in its transaction, with their events (see <see cref="AcceptedAsync"/>).</summary>
    internal static async Task AddAsync(
        IEngagementTransaction transaction, EngagementChanges changes, Guid contentId, Guid ownerId, IEnumerable<Guid> userIds, CancellationToken cancellationToken)
    {
        foreach (var userId in userIds)
        {
            if (!await ReplicatedBlocks.SeparateAsync(transaction, ownerId, userId, cancellationToken))
            {
                var tag = new TagRecord(contentId, ownerId, userId, changes.NewId(), transaction.At);
                if (await transaction.InsertTagAsync(tag, cancellationToken))
                {
                    changes.Tagged(tag);
                }
            }
        }
    }

    public async Task<TagOutcome> TagAsync(Guid actorId, Guid contentId, Guid userId, CancellationToken cancellationToken)
    {
        if (await OwnedAsync(actorId, contentId, cancellationToken) is { } refused)
        {
            return refused;
        }

        if ((await AcceptedAsync(actorId, [userId], cancellationToken)).Count == 0)
        {
            return await store.FindUserAsync(userId, cancellationToken) is null ? TagOutcome.NotFound : TagOutcome.Refused;
        }

        return await store.WriteAsync(async (transaction, ct) =>
        {
            if (await transaction.ReadContentAsync(contentId, ct) is null || !await transaction.UserExistsAsync(userId, ct))
            {
                return TagOutcome.NotFound;
            }

            if (await ReplicatedBlocks.SeparateAsync(transaction, actorId, userId, ct))
            {
                return TagOutcome.Refused;
            }

            if (await transaction.CountTagsAsync(contentId, ct) >= TagRules.MaxTags)
            {
                return TagOutcome.TooMany;
            }

            var changes = new EngagementChanges(transaction, clock);
            await AddAsync(transaction, changes, contentId, actorId, [userId], ct);
            return TagOutcome.Done;
        }, cancellationToken);
    }

    /// <summary>The owner or the tagged user removes the tag. Idempotent.</summary>
    public async Task<TagOutcome> UntagAsync(Guid actorId, Guid contentId, Guid userId, CancellationToken cancellationToken)
    {
        if (await store.FindContentAsync(contentId, cancellationToken) is not { } item)
        {
            return TagOutcome.NotFound;
        }

        var owner = item.Record.OwnerId;
        if (!TagRules.MayRemove(actorId, owner, userId))
        {
            var access = ContentAccess.Decide(await viewers.FactsAsync(actorId, owner, cancellationToken), item.Record.Audience);
            return access == AccessDecision.Visible ? TagOutcome.NotYours : TagOutcome.NotFound;
        }

        var reason = actorId == owner ? TagEndReasons.RemovedByOwner : TagEndReasons.RemovedByUser;
        return await store.WriteAsync(async (transaction, ct) =>
        {
            if (await transaction.DeleteTagAsync(contentId, userId, ct) is { } removed)
            {
                new EngagementChanges(transaction, clock).TagRemoved(removed, reason);
            }

            return TagOutcome.Done;
        }, cancellationToken);
    }

    /// <summary>Null when the actor owns the item; otherwise what they are told.</summary>
    private async Task<TagOutcome?> OwnedAsync(Guid actorId, Guid contentId, CancellationToken cancellationToken)
    {
        if (await store.FindContentAsync(contentId, cancellationToken) is not { } item)
        {
            return TagOutcome.NotFound;
        }

        if (item.Record.OwnerId == actorId)
        {
            return null;
        }

        return ContentAccess.Decide(await viewers.FactsAsync(actorId, item.Record.OwnerId, cancellationToken), item.Record.Audience) switch
        {
            AccessDecision.Visible => TagOutcome.NotYours,
            AccessDecision.PrivateAccount => TagOutcome.PrivateAccount,
            _ => TagOutcome.NotFound,
        };
    }
}
