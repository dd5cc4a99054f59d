using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Messaging.Domain.Activity;

namespace Social.Messaging.Consumers;

/// <summary>A deleted comment: what it caused (the comment, its mentions, its likes) leaves every inbox.</summary>
public sealed class ActivityCommentDeletedConsumer(ActivityInbox inbox) : IdempotentConsumer<CommentDeleted>
{
    protected override string ConsumerName => "messaging.activity.comment-deleted";

    protected override Task<bool> HandleAsync(CommentDeleted message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        inbox.RemoveAsync(message.CommentId, message.At, receipt, cancellationToken);
}
