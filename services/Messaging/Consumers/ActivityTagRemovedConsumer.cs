using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Messaging.Domain.Activity;

namespace Social.Messaging.Consumers;

/// <summary>A removed tag: it leaves the tagged user's inbox.</summary>
public sealed class ActivityTagRemovedConsumer(ActivityInbox inbox) : IdempotentConsumer<TagRemoved>
{
    protected override string ConsumerName => "messaging.activity.tag-removed";

    protected override Task<bool> HandleAsync(TagRemoved message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        inbox.ApplyAsync(ActivityEvents.Of(message), receipt, cancellationToken);
}
