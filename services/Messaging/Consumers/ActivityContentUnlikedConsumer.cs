using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Messaging.Domain.Activity;

namespace Social.Messaging.Consumers;

/// <summary>An unlike: the liker leaves the owner's like entry.</summary>
public sealed class ActivityContentUnlikedConsumer(ActivityInbox inbox) : IdempotentConsumer<ContentUnliked>
{
    protected override string ConsumerName => "messaging.activity.content-unliked";

    protected override Task<bool> HandleAsync(ContentUnliked message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        inbox.ApplyAsync(ActivityEvents.Of(message), receipt, cancellationToken);
}
