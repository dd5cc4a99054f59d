using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Messaging.Domain.Activity;

namespace Social.Messaging.Consumers;

/// <summary>A removed content item: its likes, comments, mentions and tags leave every inbox.</summary>
public sealed class ActivityContentRemovedConsumer(ActivityInbox inbox) : IdempotentConsumer<ContentRemoved>
{
    protected override string ConsumerName => "messaging.activity.content-removed";

    protected override Task<bool> HandleAsync(ContentRemoved message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        inbox.RemoveAsync(message.ContentId, message.At, receipt, cancellationToken);
}
