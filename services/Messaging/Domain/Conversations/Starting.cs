using Social.ServiceDefaults.Ids;
using Social.Messaging.Domain.Blocks;
using Social.Messaging.Domain.Stream;
using Social.Messaging.Storage;
using Social.Relationships;
using Social.Relationships.Blocks;
using Social.ServiceDefaults.Validation;
using Social.Storage;

namespace Social.Messaging.Domain.Conversations;

/// <summary>
/// Starting conversations. One other member: the pair's one 1:1, found again when it exists (the pair is unique in
/// storage, so concurrent starts meet the same one). More: a new group whose creator is its admin. Graph is asked once
/// for everyone involved; a block either way with anyone makes them not found. Each member whose
/// <c>whoCanMessage</c> does not admit the creator finds it among their message requests.
/// </summary>
public sealed class Starting(IMessagingStore store, GraphRelationships relationships, KnownMembers known, TimeProvider clock)
{
    public async Task<ConversationResult> StartAsync(Guid creator, IReadOnlyCollection<Guid> memberIds, string? title, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var others = ConversationRules.Others(creator, memberIds);
        var violations = ConversationRules.CheckCreate(others, title).ToList();
        if (idempotencyKey is not null && IdempotencyKeys.Check(idempotencyKey) is { } keyProblem)
        {
            violations.Add(new FieldViolation(IdempotencyKeys.Field, keyProblem));
        }

        if (violations.Count > 0)
        {
            return ConversationResult.Invalid(violations);
        }

        if (others.Count == 1)
        {
            return await DirectAsync(creator, others.Single(), cancellationToken);
        }

        // A retried 1:1 finds its pair anyway: the key only matters for groups, which a retry would otherwise duplicate.
        var fingerprint = IdempotencyKeys.Fingerprint(["conversation", title, .. others.Order().Select(id => id.ToString())]);
        if (idempotencyKey is not null && await ReplayAsync(creator, idempotencyKey, fingerprint, cancellationToken) is { } replayed)
        {
            return replayed;
        }

        var folders = await FoldersAsync(creator, others, cancellationToken);
        if (folders is null)
        {
            return ConversationResult.Refused(ConversationDecision.NotFound);
        }

        var conversationId = OrderedIds.CreateVersion7(clock.GetUtcNow());
        var stored = await store.WriteAsync(async (transaction, ct) =>
        {
            if (idempotencyKey is not null && !await transaction.InsertIdempotencyKeyAsync(
                    new StoredIdempotencyKey(creator, idempotencyKey, fingerprint, conversationId, transaction.At), ct))
            {
                return false;
            }

            var at = transaction.At;
            await transaction.InsertConversationAsync(new ConversationRecord(conversationId, true, title, creator, at, 0, at, null, null), ct);
            await MemberWrites.WriteAsync(
                transaction,
                [new MemberRecord(conversationId, creator, true, Folders.Inbox, false, 0, 0, at, at),
                    .. folders.Select(entry => new MemberRecord(conversationId, entry.Key, false, entry.Value, false, 0, 0, at, at.AddMilliseconds(1)))],
                ct);
            var changes = new MessagingChanges(transaction, clock);
            changes.ConversationCreated(conversationId, creator, true, [creator, .. others]);
            await changes.Stream.ConversationAsync(conversationId, [creator, .. others], ConversationChanges.Created, creator, ct);
            return true;
        }, cancellationToken);

        return stored
            ? ConversationResult.Done(conversationId, created: true)
            : await ReplayAsync(creator, idempotencyKey!, fingerprint, cancellationToken) ?? ConversationResult.Refused(ConversationDecision.NotFound);
    }

    /// <summary>
    /// The pair's 1:1, created when there is none. Asking for it again is answering it: a request the caller had
    /// declined or not yet accepted moves to their inbox.
    /// </summary>
    public async Task<ConversationResult> DirectAsync(Guid creator, Guid other, CancellationToken cancellationToken)
    {
        if (creator == other)
        {
            return ConversationResult.Invalid([new FieldViolation("recipientId", "A direct message goes to someone else.")]);
        }

        var folders = await FoldersAsync(creator, [other], cancellationToken);
        if (folders is null)
        {
            return ConversationResult.Refused(ConversationDecision.NotFound);
        }

        var (low, high) = ConversationRules.Pair(creator, other);
        var newId = OrderedIds.CreateVersion7(clock.GetUtcNow());
        var (id, created) = await store.WriteAsync(async (transaction, ct) =>
        {
            if (await ReplicatedBlocks.SeparateAsync(transaction, creator, other, ct))
            {
                return ((Guid?)null, false);
            }

            if (!await transaction.InsertDirectAsync(low, high, newId, ct))
            {
                var existing = (await transaction.ReadDirectAsync(low, high, ct))!.Value;
                if (await transaction.ReadMemberAsync(existing, creator, ct) is { } me && me.Folder != Folders.Inbox)
                {
                    await MemberWrites.WriteAsync(transaction, [me with { Folder = Folders.Inbox }], ct);
                    await new StreamFanOut(transaction).ConversationAsync(existing, [creator], ConversationChanges.Accepted, creator, ct);
                }

                return (existing, false);
            }

            var at = transaction.At;
            await transaction.InsertConversationAsync(new ConversationRecord(newId, false, null, creator, at, 0, at, low, high), ct);
            await MemberWrites.WriteAsync(
                transaction,
                [new MemberRecord(newId, creator, false, Folders.Inbox, false, 0, 0, at, at),
                    new MemberRecord(newId, other, false, folders[other], false, 0, 0, at, at.AddMilliseconds(1))],
                ct);
            var changes = new MessagingChanges(transaction, clock);
            changes.ConversationCreated(newId, creator, false, [creator, other]);
            await changes.Stream.ConversationAsync(newId, [creator, other], ConversationChanges.Created, creator, ct);
            return (newId, true);
        }, cancellationToken);

        return id is { } found ? ConversationResult.Done(found, created) : ConversationResult.Refused(ConversationDecision.NotFound);
    }

    /// <summary>Where the conversation will sit for each of <paramref name="others"/>; null when any is unknown or blocked either way with the creator.</summary>
    private async Task<IReadOnlyDictionary<Guid, string>?> FoldersAsync(Guid creator, IReadOnlyCollection<Guid> others, CancellationToken cancellationToken)
    {
        if (!await known.AllKnownAsync([creator, .. others], cancellationToken))
        {
            return null;
        }

        var byUser = await relationships.OfAsync(creator, others, cancellationToken);
        var folders = new Dictionary<Guid, string>();
        foreach (var other in others)
        {
            var relationship = byUser.GetValueOrDefault(other, Relationship.None);
            if (relationship.BlockedEitherWay)
            {
                return null;
            }

            folders[other] = ConversationRules.FolderFor(await store.GetSettingsAsync(other, cancellationToken), relationship);
        }

        return folders;
    }

    private async Task<ConversationResult?> ReplayAsync(Guid creator, string key, string fingerprint, CancellationToken cancellationToken)
    {
        var first = await store.FindIdempotencyKeyAsync(creator, key, cancellationToken);
        return IdempotencyKeys.Replay(first?.Fingerprint, fingerprint) switch
        {
            IdempotentReplay.FirstTime => null,
            IdempotentReplay.KeyReused => ConversationResult.Reused(),
            _ => ConversationResult.Done(first!.ResultId),
        };
    }
}
