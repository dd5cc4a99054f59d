using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Messaging.Domain.Activity;

namespace Social.Messaging.Consumers;

/// <summary>A comment like: the comment's author hears of it, grouped with the day's other likes of it.</summary>
public sealed class ActivityCommentLikedConsumer(ActivityInbox inbox) : IdempotentConsumer<CommentLiked>
{
    protected override string ConsumerName => "messaging.activity.comment-liked";

    protected override Task<bool> HandleAsync(CommentLiked message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        inbox.ApplyAsync(ActivityEvents.Of(message), receipt, cancellationToken);
}
