using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Profile.Domain.Profiles;

namespace Social.Profile.Consumers;

/// <summary>
/// Applies the follow counts Graph published before it kept them in shards, still in the queue after the change: each is
/// the shard those counts became (<see cref="FollowCountsSync"/>).
/// </summary>
public sealed class FollowCountsChangedConsumer(FollowCountsSync counts) : IdempotentConsumer<FollowCountsChanged>
{
    protected override string ConsumerName => "profile.follow-counts-changed";

    protected override Task<bool> HandleAsync(FollowCountsChanged message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        counts.ApplyAsync(message, receipt, cancellationToken);
}
