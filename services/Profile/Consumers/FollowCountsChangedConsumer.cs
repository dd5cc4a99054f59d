using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Profile.Domain.Profiles;

namespace Social.Profile.Consumers;

/// <summary>Keeps the profile's follower and following counts at the highest version Graph has published.</summary>
public sealed class FollowCountsChangedConsumer(FollowCountsSync counts) : IdempotentConsumer<FollowCountsChanged>
{
    protected override string ConsumerName => "profile.follow-counts-changed";

    protected override Task<bool> HandleAsync(FollowCountsChanged message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        counts.ApplyAsync(message, receipt, cancellationToken);
}
