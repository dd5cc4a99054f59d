using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Story.Domain.Blocks;

namespace Social.Story.Consumers;

/// <summary>An unblock: the replica learns it; nothing removed comes back.</summary>
public sealed class UserUnblockedConsumer(BlockReplica blocks) : IdempotentConsumer<UserUnblocked>
{
    protected override string ConsumerName => "story.user-unblocked";

    protected override Task<bool> HandleAsync(UserUnblocked message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        blocks.UnblockedAsync(message, receipt, cancellationToken);
}
