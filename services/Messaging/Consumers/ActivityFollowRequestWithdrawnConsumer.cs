using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Messaging.Domain.Activity;

namespace Social.Messaging.Consumers;

/// <summary>A request cancelled, declined or dropped: it leaves the target's inbox.</summary>
public sealed class ActivityFollowRequestWithdrawnConsumer(ActivityInbox inbox) : IdempotentConsumer<FollowRequestWithdrawn>
{
    protected override string ConsumerName => "messaging.activity.follow-request-withdrawn";

    protected override Task<bool> HandleAsync(FollowRequestWithdrawn message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        inbox.ApplyAsync(ActivityEvents.Of(message), receipt, cancellationToken);
}
