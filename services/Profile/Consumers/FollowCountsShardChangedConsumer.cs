using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Profile.Domain.Profiles;

namespace Social.Profile.Consumers;

/// <summary>Keeps the profile's follower and following counts at the newest shards of counts Graph announced.</summary>
public sealed class FollowCountsShardChangedConsumer(FollowCountsSync counts) : IdempotentConsumer<FollowCountsShardChanged>
{
    protected override string ConsumerName => "profile.follow-counts-shard-changed";

    protected override Task<bool> HandleAsync(FollowCountsShardChanged message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        counts.ApplyAsync(message, receipt, cancellationToken);
}
