using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Messaging.Domain.Activity;

namespace Social.Messaging.Consumers;

/// <summary>A follow request: only the requested hears of it.</summary>
public sealed class ActivityFollowRequestedConsumer(ActivityInbox inbox) : IdempotentConsumer<FollowRequested>
{
    protected override string ConsumerName => "messaging.activity.follow-requested";

    protected override Task<bool> HandleAsync(FollowRequested message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        inbox.ApplyAsync(ActivityEvents.Of(message), receipt, cancellationToken);
}
