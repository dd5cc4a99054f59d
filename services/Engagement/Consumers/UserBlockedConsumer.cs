using Social.Contracts.Events;
using Social.Engagement.Domain.Blocks;
using Social.EventBus.Inbox;

namespace Social.Engagement.Consumers;

/// <summary>A block: the blocked user's likes on the blocker's content go.</summary>
public sealed class UserBlockedConsumer(BlockReplica blocks) : IdempotentConsumer<UserBlocked>
{
    protected override string ConsumerName => "engagement.user-blocked";

    protected override Task<bool> HandleAsync(UserBlocked message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        blocks.BlockedAsync(message, receipt, cancellationToken);
}
