using Social.Messaging.Storage;
using Social.Relationships.Blocks;

namespace Social.Messaging.Domain.Activity;

/// <summary>
/// What a new cause is checked against in its transaction (removed objects, the block replica, deleted accounts), each
/// read once per transaction however many causes of a batch ask: a celebrity's batch holds the same recipient, item
/// and liker again and again. Applying causes writes none of these facts, so an answer read once stays true until the
/// transaction ends; a transaction that does change one (a removal, a block, a deletion) does not use this.
/// </summary>
public sealed class ActivityFacts(IMessagingTransaction transaction)
{
    private readonly Dictionary<Guid, bool> _removed = [];
    private readonly Dictionary<(Guid, Guid), BlockState?> _blocks = [];
    private readonly Dictionary<Guid, bool> _deleted = [];

    public async ValueTask<bool> IsObjectRemovedAsync(Guid objectId, CancellationToken cancellationToken)
    {
        if (!_removed.TryGetValue(objectId, out var removed))
        {
            _removed[objectId] = removed = await transaction.IsObjectRemovedAsync(objectId, cancellationToken);
        }

        return removed;
    }

    public async ValueTask<BlockState?> BlockAsync(Guid blockerId, Guid blockedId, CancellationToken cancellationToken)
    {
        if (!_blocks.TryGetValue((blockerId, blockedId), out var block))
        {
            _blocks[(blockerId, blockedId)] = block = await transaction.ReadBlockAsync(blockerId, blockedId, cancellationToken);
        }

        return block;
    }

    public async ValueTask<bool> IsDeletedAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (!_deleted.TryGetValue(userId, out var deleted))
        {
            _deleted[userId] = deleted = await transaction.IsDeletedAsync(userId, cancellationToken);
        }

        return deleted;
    }
}
