using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Messaging.Domain.Activity;

namespace Social.Messaging.Consumers;

/// <summary>A tag Engagement allowed: the tagged user hears of it.</summary>
public sealed class ActivityUserTaggedConsumer(ActivityInbox inbox) : IdempotentConsumer<UserTagged>
{
    protected override string ConsumerName => "messaging.activity.user-tagged";

    protected override Task<bool> HandleAsync(UserTagged message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        inbox.ApplyAsync(ActivityEvents.Of(message), receipt, cancellationToken);
}
