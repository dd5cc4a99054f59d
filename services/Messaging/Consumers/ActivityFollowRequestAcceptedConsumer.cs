using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Messaging.Domain.Activity;

namespace Social.Messaging.Consumers;

/// <summary>An accepted request: it leaves the target's inbox, and the requester hears that it was accepted.</summary>
public sealed class ActivityFollowRequestAcceptedConsumer(ActivityInbox inbox) : IdempotentConsumer<FollowRequestAccepted>
{
    protected override string ConsumerName => "messaging.activity.follow-request-accepted";

    protected override Task<bool> HandleAsync(FollowRequestAccepted message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        inbox.ApplyAsync(ActivityEvents.Of(message), receipt, cancellationToken);
}
