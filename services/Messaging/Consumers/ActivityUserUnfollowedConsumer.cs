using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Messaging.Domain.Activity;

namespace Social.Messaging.Consumers;

/// <summary>An unfollow (or a removed follower, or a follow a block severed): the follow leaves the followee's inbox.</summary>
public sealed class ActivityUserUnfollowedConsumer(ActivityInbox inbox) : IdempotentConsumer<UserUnfollowed>
{
    protected override string ConsumerName => "messaging.activity.user-unfollowed";

    protected override Task<bool> HandleAsync(UserUnfollowed message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        inbox.ApplyAsync(ActivityEvents.Of(message), receipt, cancellationToken);
}
