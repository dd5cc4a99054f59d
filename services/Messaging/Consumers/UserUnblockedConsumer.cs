using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Messaging.Domain.Blocks;

namespace Social.Messaging.Consumers;

/// <summary>An unblock: the pair's 1:1 opens again once neither blocks the other.</summary>
public sealed class UserUnblockedConsumer(BlockReplica blocks) : IdempotentConsumer<UserUnblocked>
{
    protected override string ConsumerName => "messaging.user-unblocked";

    protected override Task<bool> HandleAsync(UserUnblocked message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        blocks.UnblockedAsync(message, receipt, cancellationToken);
}
