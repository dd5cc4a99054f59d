using Social.Contracts.Events;
using Social.Profile.Storage;
using Social.EventBus.Inbox;

namespace Social.Profile.Consumers;

/// <summary>Keeps the profile's follower and following counts at the highest version Graph has published.</summary>
public sealed class FollowCountsChangedConsumer(IProfileStore store) : IdempotentConsumer<FollowCountsChanged>
{
    protected override string ConsumerName => "profile.follow-counts-changed";

    protected override Task<bool> HandleAsync(FollowCountsChanged message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        store.ApplyFollowCountsAsync(message, receipt, cancellationToken);
}
