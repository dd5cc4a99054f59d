using Social.ServiceDefaults.Ids;
using Social.Contracts.Events;
using Social.Engagement.Domain.Access;
using Social.Engagement.Domain.Content;
using Social.Engagement.Domain.Likes;
using Social.Engagement.Domain.Mentions;
using Social.Engagement.Storage;
using Social.KnownUsers;
using Social.Relationships;
using Social.Relationships.Blocks;
using Social.ServiceDefaults.Validation;
using Social.Storage;

namespace Social.Engagement.Domain.Comments;

/// <summary>
/// Posting, replying, editing, deleting, liking and pinning comments. Each asks Graph once for everyone it involves
/// (the owner, the author replied to; the users mentioned in one more call when there are any), decides with
/// <see cref="CommentPermissions"/>, and writes
/// the comment, its counts and its events in one transaction that re-checks the replicated blocks.
/// </summary>
public sealed class Commenting(IEngagementStore store, Viewers viewers, MentionResolver mentionResolver, KnownUsers<IEngagementTransaction> users, TimeProvider clock)
{
    public async Task<CommentResult> PostAsync(Guid authorId, Guid contentId, string? text, Guid? replyTo, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var violations = CommentRules.Check(text).ToList();
        if (idempotencyKey is not null && IdempotencyKeys.Check(idempotencyKey) is { } keyProblem)
        {
            violations.Add(new FieldViolation(IdempotencyKeys.Field, keyProblem));
        }

        if (violations.Count > 0)
        {
            return CommentResult.Invalid(violations);
        }

        var fingerprint = IdempotencyKeys.Fingerprint("comment", contentId.ToString(), text, replyTo?.ToString());
        if (idempotencyKey is not null && await ReplayAsync(authorId, idempotencyKey, fingerprint, cancellationToken) is { } replayed)
        {
            return replayed;
        }

        if (await store.FindContentAsync(contentId, cancellationToken) is not { } item)
        {
            return CommentResult.Refused(CommentDecision.NotFound);
        }

        var content = item.Record;
        CommentRecord? parent = null;
        if (replyTo is { } parentId)
        {
            parent = await store.FindCommentAsync(parentId, cancellationToken);
            if (parent is null || parent.Deleted || parent.ContentId != contentId)
            {
                return CommentResult.Refused(CommentDecision.NotFound);
            }
        }

        Guid[] involved = parent is null ? [content.OwnerId] : [content.OwnerId, parent.AuthorId];
        var relationships = await viewers.RelationshipsAsync(authorId, involved, cancellationToken);
        var ownerSettings = await store.GetSettingsAsync(content.OwnerId, cancellationToken);
        var ownerFacts = new ViewerFacts(authorId, content.OwnerId, ownerSettings.IsPrivate, RelationshipWith(relationships, authorId, content.OwnerId));
        var decision = CommentPermissions.MayComment(ownerFacts, content, ownerSettings);
        if (decision == CommentDecision.Allowed && parent is not null && CommentPermissions.Hides(RelationshipWith(relationships, authorId, parent.AuthorId)))
        {
            decision = CommentDecision.NotFound;
        }

        if (decision != CommentDecision.Allowed)
        {
            return CommentResult.Refused(decision);
        }

        if (await store.FindUserAsync(authorId, cancellationToken) is null && !await users.LearnAsync([authorId], cancellationToken))
        {
            return CommentResult.Refused(CommentDecision.NotFound);
        }

        var mentions = await mentionResolver.ResolveAsync(authorId, text!, cancellationToken);
        var now = clock.GetUtcNow();
        var comment = new CommentRecord(OrderedIds.CreateVersion7(now), contentId, content.OwnerId, authorId, parent?.Thread, text!, mentions, now);
        var stored = await store.WriteAsync(async (transaction, ct) =>
        {
            if (await transaction.ReadContentAsync(contentId, ct) is null || !await transaction.UserExistsAsync(authorId, ct)
                || await ReplicatedBlocks.SeparateAsync(transaction, authorId, content.OwnerId, ct)
                || (parent is not null && await transaction.ReadCommentAsync(parent.Thread, ct) is null or { Deleted: true }))
            {
                return (bool?)null;
            }

            if (idempotencyKey is not null
                && !await transaction.InsertIdempotencyKeyAsync(new StoredIdempotencyKey(authorId, idempotencyKey, fingerprint, comment.CommentId, now), ct))
            {
                return false;
            }

            await transaction.InsertCommentAsync(comment, ct);
            if (parent is not null)
            {
                await transaction.AdjustReplyCountAsync(parent.Thread, 1, ct);
            }

            await transaction.AdjustCommentsAsync(contentId, LikeCounterShards.Of(authorId), 1, ct);
            var changes = new EngagementChanges(transaction, clock);
            changes.CommentPosted(comment, parent?.AuthorId);
            foreach (var mention in mentions)
            {
                changes.Mentioned(comment, mention);
            }

            return true;
        }, cancellationToken);

        return stored switch
        {
            true => CommentResult.Done(comment, created: true),
            false => await ReplayAsync(authorId, idempotencyKey!, fingerprint, cancellationToken) ?? CommentResult.Refused(CommentDecision.NotFound),
            null => CommentResult.Refused(CommentDecision.NotFound),
        };
    }

    /// <summary>The author replaces the text; the old one goes to the history, and mentions the edit adds notify.</summary>
    public async Task<CommentResult> EditAsync(Guid actorId, Guid commentId, string? text, CancellationToken cancellationToken)
    {
        var violations = CommentRules.Check(text);
        if (violations.Count > 0)
        {
            return CommentResult.Invalid(violations);
        }

        var (found, decision) = await FindForAsync(actorId, commentId, cancellationToken);
        if (decision != CommentDecision.Allowed)
        {
            return CommentResult.Refused(decision);
        }

        if (!CommentPermissions.MayEdit(actorId, found!))
        {
            return CommentResult.Refused(CommentDecision.NotYours);
        }

        var mentions = await mentionResolver.ResolveAsync(actorId, text!, cancellationToken);
        var edited = await store.WriteAsync(async (transaction, ct) =>
        {
            if (await transaction.ReadCommentAsync(commentId, ct) is not { Deleted: false } current)
            {
                return null;
            }

            await transaction.InsertCommentEditAsync(new CommentEdit(OrderedIds.CreateVersion7(clock.GetUtcNow()), commentId, current.Text, transaction.At), ct);
            var updated = current with { Text = text!, Mentions = mentions, EditedAt = transaction.At };
            await transaction.ReplaceCommentTextAsync(updated, ct);
            var changes = new EngagementChanges(transaction, clock);
            var before = current.Mentions.Select(m => m.UserId).ToHashSet();
            foreach (var mention in mentions.Where(m => !before.Contains(m.UserId)))
            {
                changes.Mentioned(updated, mention);
            }

            return updated;
        }, cancellationToken);

        return edited is null ? CommentResult.Refused(CommentDecision.NotFound) : CommentResult.Done(edited);
    }

    /// <summary>The author or the content's owner deletes. Idempotent: a comment already gone is deleted.</summary>
    public async Task<CommentDecision> DeleteAsync(Guid actorId, Guid commentId, CancellationToken cancellationToken)
    {
        if (await store.FindCommentAsync(commentId, cancellationToken) is not { Deleted: false })
        {
            return CommentDecision.Allowed;
        }

        var (found, decision) = await FindForAsync(actorId, commentId, cancellationToken);
        if (decision != CommentDecision.Allowed)
        {
            return decision;
        }

        if (!CommentPermissions.MayDelete(actorId, found!))
        {
            return CommentDecision.NotYours;
        }

        var reason = actorId == found!.AuthorId ? CommentEndReasons.DeletedByAuthor : CommentEndReasons.DeletedByOwner;
        await store.WriteAsync(async (transaction, ct) =>
        {
            await CommentRemoval.RemoveAsync(transaction, new EngagementChanges(transaction, clock), commentId, reason, ct);
            return true;
        }, cancellationToken);
        return CommentDecision.Allowed;
    }

    public Task<(CommentDecision Decision, LikeOutcome Outcome)> LikeAsync(Guid userId, Guid commentId, CancellationToken cancellationToken) =>
        ChangeLikeAsync(userId, commentId, like: true, cancellationToken);

    public Task<(CommentDecision Decision, LikeOutcome Outcome)> UnlikeAsync(Guid userId, Guid commentId, CancellationToken cancellationToken) =>
        ChangeLikeAsync(userId, commentId, like: false, cancellationToken);

    /// <summary>The owner pins a top-level comment of their content (<paramref name="pin"/>), or unpins it.</summary>
    public async Task<CommentDecision> PinAsync(Guid actorId, Guid contentId, Guid commentId, bool pin, CancellationToken cancellationToken)
    {
        if (await store.FindContentAsync(contentId, cancellationToken) is not { } item)
        {
            return CommentDecision.NotFound;
        }

        var facts = await viewers.FactsAsync(actorId, item.Record.OwnerId, cancellationToken);
        var seen = CommentPermissions.MaySee(facts, item.Record);
        if (seen != CommentDecision.Allowed)
        {
            return seen;
        }

        if (!facts.IsOwner)
        {
            return CommentDecision.NotYours;
        }

        return await store.WriteAsync(async (transaction, ct) =>
        {
            var comment = await transaction.ReadCommentAsync(commentId, ct);
            if (comment is null || !CommentPermissions.MayBePinned(comment, contentId))
            {
                return CommentDecision.NotFound;
            }

            var current = (await transaction.ReadContentAsync(contentId, ct))?.PinnedCommentId;
            if (pin && current != commentId)
            {
                await transaction.SetPinnedCommentAsync(contentId, commentId, ct);
            }
            else if (!pin && current == commentId)
            {
                await transaction.SetPinnedCommentAsync(contentId, null, ct);
            }

            return CommentDecision.Allowed;
        }, cancellationToken);
    }

    /// <summary>
    /// The comment and whether the actor may act on it: the content visible to them and its author not blocked
    /// either way with them. A deleted comment is not found.
    /// </summary>
    internal async Task<(CommentRecord? Comment, CommentDecision Decision)> FindForAsync(Guid actorId, Guid commentId, CancellationToken cancellationToken)
    {
        if (await store.FindCommentAsync(commentId, cancellationToken) is not { Deleted: false } comment
            || await store.FindContentAsync(comment.ContentId, cancellationToken) is not { } item)
        {
            return (null, CommentDecision.NotFound);
        }

        var relationships = await viewers.RelationshipsAsync(actorId, [item.Record.OwnerId, comment.AuthorId], cancellationToken);
        var facts = new ViewerFacts(
            actorId, item.Record.OwnerId, (await store.GetSettingsAsync(item.Record.OwnerId, cancellationToken)).IsPrivate,
            RelationshipWith(relationships, actorId, item.Record.OwnerId));
        var decision = CommentPermissions.MaySee(facts, item.Record);
        if (decision == CommentDecision.Allowed && CommentPermissions.Hides(RelationshipWith(relationships, actorId, comment.AuthorId)))
        {
            decision = CommentDecision.NotFound;
        }

        return (comment, decision);
    }

    private async Task<(CommentDecision Decision, LikeOutcome Outcome)> ChangeLikeAsync(Guid userId, Guid commentId, bool like, CancellationToken cancellationToken)
    {
        var (found, decision) = await FindForAsync(userId, commentId, cancellationToken);
        if (decision != CommentDecision.Allowed)
        {
            return (decision, LikeOutcome.Refused(AccessDecision.NotFound));
        }

        if (await store.FindUserAsync(userId, cancellationToken) is null && !await users.LearnAsync([userId], cancellationToken))
        {
            return (CommentDecision.NotFound, LikeOutcome.Refused(AccessDecision.NotFound));
        }

        var outcome = await store.WriteAsync(async (transaction, ct) =>
        {
            if (await transaction.ReadCommentAsync(commentId, ct) is not { Deleted: false } comment || !await transaction.UserExistsAsync(userId, ct)
                || await ReplicatedBlocks.SeparateAsync(transaction, userId, comment.OwnerId, ct) || await ReplicatedBlocks.SeparateAsync(transaction, userId, comment.AuthorId, ct))
            {
                return null;
            }

            var changes = new EngagementChanges(transaction, clock);
            var count = comment.LikesCount;
            if (like && await transaction.InsertCommentLikeAsync(comment, userId, ct))
            {
                count = await transaction.AdjustCommentLikesAsync(commentId, 1, ct);
                changes.CommentLiked(comment, userId);
            }
            else if (!like && await transaction.DeleteCommentLikeAsync(commentId, userId, ct))
            {
                count = await transaction.AdjustCommentLikesAsync(commentId, -1, ct);
                changes.CommentUnliked(commentId, comment.ContentId, comment.AuthorId, userId, LikeEndReasons.Unliked);
            }

            return new LikeOutcome(AccessDecision.Visible, like, count);
        }, cancellationToken);

        return outcome is null
            ? (CommentDecision.NotFound, LikeOutcome.Refused(AccessDecision.NotFound))
            : (CommentDecision.Allowed, outcome);
    }

    private async Task<CommentResult?> ReplayAsync(Guid authorId, string key, string fingerprint, CancellationToken cancellationToken)
    {
        var first = await store.FindIdempotencyKeyAsync(authorId, key, cancellationToken);
        switch (IdempotencyKeys.Replay(first?.Fingerprint, fingerprint))
        {
            case IdempotentReplay.FirstTime:
                return null;
            case IdempotentReplay.KeyReused:
                return CommentResult.Reused();
            default:
                var comment = await store.FindCommentAsync(first!.ResultId, cancellationToken);
                return comment is null or { Deleted: true } ? CommentResult.Refused(CommentDecision.NotFound) : CommentResult.Done(comment);
        }
    }

    private static Relationship RelationshipWith(IReadOnlyDictionary<Guid, Relationship> relationships, Guid self, Guid other) =>
        other == self ? Relationship.None : relationships.GetValueOrDefault(other, Relationship.None);
}
