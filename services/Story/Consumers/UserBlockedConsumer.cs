using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Story.Domain.Blocks;

namespace Social.Story.Consumers;

/// <summary>A block: each user's views and likes of the other's stories go.</summary>
public sealed class UserBlockedConsumer(BlockReplica blocks) : IdempotentConsumer<UserBlocked>
{
    protected override string ConsumerName => "story.user-blocked";

    protected override Task<bool> HandleAsync(UserBlocked message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        blocks.BlockedAsync(message, receipt, cancellationToken);
}
