using Social.ServiceDefaults.Ids;
using Social.Engagement.Domain.Access;
using Social.Engagement.Domain.Mentions;
using Social.Engagement.Domain.Tags;
using Social.Engagement.Storage;
using Social.KnownUsers;
using Social.ServiceDefaults.Validation;
using Social.Storage;

namespace Social.Engagement.Domain.Content;

/// <summary>
/// Creating, registering and deleting content items. An item's deletion takes its likes with it and tells the
/// owner's likes received, in one transaction.
/// </summary>
public sealed class Publishing(
    IEngagementStore store, Viewers viewers, MentionResolver mentions, Tagging tagging, KnownUsers<IEngagementTransaction> users, TimeProvider clock)
{
    /// <summary>An item made by its owner through the API; with an idempotency key, a retry answers the first result.</summary>
    public async Task<PublishResult> CreateAsync(Guid ownerId, ContentDraft draft, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var violations = ContentRules.Check(draft).ToList();
        if (idempotencyKey is not null && IdempotencyKeys.Check(idempotencyKey) is { } keyProblem)
        {
            violations.Add(new FieldViolation(IdempotencyKeys.Field, keyProblem));
        }

        if (violations.Count > 0)
        {
            return PublishResult.Invalid(violations);
        }

        var fingerprint = ContentRules.Fingerprint(draft);
        if (idempotencyKey is not null && await ReplayAsync(ownerId, idempotencyKey, fingerprint, cancellationToken) is { } replayed)
        {
            return replayed;
        }

        if (!await KnowAsync(ownerId, cancellationToken))
        {
            return PublishResult.Failed(PublishConflict.OwnerUnknown);
        }

        var linked = draft.Caption is { } caption ? await mentions.ResolveAsync(ownerId, caption, cancellationToken) : [];
        var tagged = await tagging.AcceptedAsync(ownerId, [.. (draft.Tags ?? []).Distinct()], cancellationToken);
        var now = clock.GetUtcNow();
        var content = ContentRules.Create(OrderedIds.CreateVersion7(now), ownerId, draft, now, linked);
        var stored = await store.WriteAsync(async (transaction, ct) =>
        {
            if (!await transaction.UserExistsAsync(ownerId, ct))
            {
                return (bool?)null;
            }

            if (idempotencyKey is not null
                && !await transaction.InsertIdempotencyKeyAsync(new StoredIdempotencyKey(ownerId, idempotencyKey, fingerprint, content.ContentId, now), ct))
            {
                return false; // A concurrent retry with the same key got there first.
            }

            await transaction.InsertContentAsync(content, ct);
            var changes = new EngagementChanges(transaction, clock);
            foreach (var mention in linked)
            {
                changes.Mentioned(content, mention);
            }

            await Tagging.AddAsync(transaction, changes, content.ContentId, ownerId, tagged, ct);
            return true;
        }, cancellationToken);

        return stored switch
        {
            true => PublishResult.Done(new ContentItem(content, 0), created: true),
            false => await ReplayAsync(ownerId, idempotencyKey!, fingerprint, cancellationToken) ?? PublishResult.Failed(PublishConflict.FirstResultGone),
            null => PublishResult.Failed(PublishConflict.OwnerUnknown),
        };
    }

    /// <summary>
    /// An item another team owns the media of, registered under its id (a new one when null). The same id for the
    /// same owner answers the item already there; for another owner it is taken.
    /// </summary>
    public async Task<PublishResult> RegisterAsync(Guid? contentId, Guid ownerId, ContentDraft draft, CancellationToken cancellationToken)
    {
        var violations = ContentRules.Check(draft);
        if (violations.Count > 0)
        {
            return PublishResult.Invalid(violations);
        }

        if (!await KnowAsync(ownerId, cancellationToken))
        {
            return PublishResult.Failed(PublishConflict.OwnerUnknown);
        }

        var linked = draft.Caption is { } caption ? await mentions.ResolveAsync(ownerId, caption, cancellationToken) : [];
        var now = clock.GetUtcNow();
        var content = ContentRules.Create(contentId ?? OrderedIds.CreateVersion7(now), ownerId, draft, now, linked);
        return await store.WriteAsync(async (transaction, ct) =>
        {
            if (!await transaction.UserExistsAsync(ownerId, ct))
            {
                return PublishResult.Failed(PublishConflict.OwnerUnknown);
            }

            if (await transaction.ReadContentAsync(content.ContentId, ct) is { } existing)
            {
                return existing.OwnerId == ownerId
                    ? PublishResult.Done(new ContentItem(existing, await transaction.ReadLikesCountAsync(existing.ContentId, ct)), created: false)
                    : PublishResult.Failed(PublishConflict.IdTaken);
            }

            await transaction.InsertContentAsync(content, ct);
            var changes = new EngagementChanges(transaction, clock);
            foreach (var mention in linked)
            {
                changes.Mentioned(content, mention);
            }

            return PublishResult.Done(new ContentItem(content, 0), created: true);
        }, cancellationToken);
    }

    /// <summary>The owner deletes their item. Someone who may see it but does not own it is refused; anyone else finds nothing.</summary>
    public async Task<DeleteOutcome> DeleteAsync(Guid actorId, Guid contentId, CancellationToken cancellationToken)
    {
        if (await store.FindContentAsync(contentId, cancellationToken) is not { } item)
        {
            return DeleteOutcome.Deleted;
        }

        if (item.Record.OwnerId != actorId)
        {
            var facts = await viewers.FactsAsync(actorId, item.Record.OwnerId, cancellationToken);
            return ContentAccess.Decide(facts, item.Record.Audience) == AccessDecision.Visible ? DeleteOutcome.NotOwner : DeleteOutcome.NotFound;
        }

        await RemoveAsync(contentId, cancellationToken);
        return DeleteOutcome.Deleted;
    }

    /// <summary>Removes the item and its likes, whoever owns it (the team that registered it). Idempotent.</summary>
    public Task RemoveAsync(Guid contentId, CancellationToken cancellationToken) =>
        store.WriteAsync(async (transaction, ct) =>
        {
            if (await transaction.ReadContentAsync(contentId, ct) is not { } content)
            {
                return false;
            }

            var changes = new EngagementChanges(transaction, clock);
            changes.Removed(content.ContentId, content.OwnerId, await transaction.DeleteContentAsync(contentId, ct));
            await changes.CompleteAsync(ct);
            return true;
        }, cancellationToken);

    private async Task<PublishResult?> ReplayAsync(Guid ownerId, string key, string fingerprint, CancellationToken cancellationToken)
    {
        var first = await store.FindIdempotencyKeyAsync(ownerId, key, cancellationToken);
        switch (IdempotencyKeys.Replay(first?.Fingerprint, fingerprint))
        {
            case IdempotentReplay.FirstTime:
                return null;
            case IdempotentReplay.KeyReused:
                return PublishResult.Failed(PublishConflict.IdempotencyKeyReused);
            default:
                var item = await store.FindContentAsync(first!.ResultId, cancellationToken);
                return item is null ? PublishResult.Failed(PublishConflict.FirstResultGone) : PublishResult.Done(item, created: false);
        }
    }

    /// <summary>Whether the user is known here, asking Profile about one no event has announced yet.</summary>
    private async Task<bool> KnowAsync(Guid userId, CancellationToken cancellationToken) =>
        await store.FindUserAsync(userId, cancellationToken) is not null || await users.LearnAsync([userId], cancellationToken);
}
