using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Messaging.Domain.Activity;

namespace Social.Messaging.Consumers;

/// <summary>A like: the owner hears of it, grouped with the day's other likes of the item.</summary>
public sealed class ActivityContentLikedConsumer(ActivityInbox inbox) : IdempotentConsumer<ContentLiked>
{
    protected override string ConsumerName => "messaging.activity.content-liked";

    protected override Task<bool> HandleAsync(ContentLiked message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        inbox.ApplyAsync(ActivityEvents.Of(message), receipt, cancellationToken);
}
