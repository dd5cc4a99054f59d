using Social.Contracts.Events;
using Social.Engagement.Domain.Blocks;
using Social.EventBus.Inbox;

namespace Social.Engagement.Consumers;

/// <summary>An unblock: the pair may like each other's content again (nothing is restored).</summary>
public sealed class UserUnblockedConsumer(BlockReplica blocks) : IdempotentConsumer<UserUnblocked>
{
    protected override string ConsumerName => "engagement.user-unblocked";

    protected override Task<bool> HandleAsync(UserUnblocked message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        blocks.UnblockedAsync(message, receipt, cancellationToken);
}
