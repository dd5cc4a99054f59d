using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Profile.Domain.Profiles;

namespace Social.Profile.Consumers;

/// <summary>Keeps the profile's likes count at the newest shards of likes received that Engagement announced.</summary>
public sealed class LikesReceivedChangedConsumer(LikesReceivedSync likes) : IdempotentConsumer<LikesReceivedChanged>
{
    protected override string ConsumerName => "profile.likes-received-changed";

    protected override Task<bool> HandleAsync(LikesReceivedChanged message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        likes.ApplyAsync(message, receipt, cancellationToken);
}
