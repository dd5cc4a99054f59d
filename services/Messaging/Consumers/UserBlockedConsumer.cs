using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Messaging.Domain.Blocks;

namespace Social.Messaging.Consumers;

/// <summary>A block: the pair's 1:1 is locked both ways.</summary>
public sealed class UserBlockedConsumer(BlockReplica blocks) : IdempotentConsumer<UserBlocked>
{
    protected override string ConsumerName => "messaging.user-blocked";

    protected override Task<bool> HandleAsync(UserBlocked message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        blocks.BlockedAsync(message, receipt, cancellationToken);
}
