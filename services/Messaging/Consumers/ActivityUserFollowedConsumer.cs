using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Messaging.Domain.Activity;

namespace Social.Messaging.Consumers;

/// <summary>A follow: the followee hears of it, grouped with the day's other follows.</summary>
public sealed class ActivityUserFollowedConsumer(ActivityInbox inbox) : IdempotentConsumer<UserFollowed>
{
    protected override string ConsumerName => "messaging.activity.user-followed";

    protected override Task<bool> HandleAsync(UserFollowed message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        inbox.ApplyAsync(ActivityEvents.Of(message), receipt, cancellationToken);
}
