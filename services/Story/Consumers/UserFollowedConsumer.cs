using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Story.Domain.Tray;

namespace Social.Story.Consumers;

/// <summary>A follow: the followee's live stories enter the follower's stored tray.</summary>
public sealed class UserFollowedConsumer(TrayFollows follows) : IdempotentConsumer<UserFollowed>
{
    protected override string ConsumerName => "story.user-followed";

    protected override Task<bool> HandleAsync(UserFollowed message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        follows.FollowedAsync(message, receipt, cancellationToken);
}
