using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Messaging.Domain.Activity;

namespace Social.FunctionalTests.Storage;

/// <summary>Delivers an event to the activity inbox as Messaging's consumer for its type does, so that tests speak in events.</summary>
internal static class ActivityDelivery
{
    public static Task<bool> DeliverAsync(this MessagingUnderTest messaging, object message, MessageReceipt receipt)
    {
        var cancellation = TestContext.Current.CancellationToken;
        return message switch
        {
            UserFollowed e => messaging.Inbox.ApplyAsync(ActivityEvents.Of(e), receipt, cancellation),
            UserUnfollowed e => messaging.Inbox.ApplyAsync(ActivityEvents.Of(e), receipt, cancellation),
            FollowRequested e => messaging.Inbox.ApplyAsync(ActivityEvents.Of(e), receipt, cancellation),
            FollowRequestWithdrawn e => messaging.Inbox.ApplyAsync(ActivityEvents.Of(e), receipt, cancellation),
            FollowRequestAccepted e => messaging.Inbox.ApplyAsync(ActivityEvents.Of(e), receipt, cancellation),
            ContentLiked e => messaging.Inbox.ApplyAsync(ActivityEvents.Of(e), receipt, cancellation),
            ContentUnliked e => messaging.Inbox.ApplyAsync(ActivityEvents.Of(e), receipt, cancellation),
            CommentPosted e => messaging.Inbox.ApplyAsync(ActivityEvents.Of(e), receipt, cancellation),
            UserMentioned e => messaging.Inbox.ApplyAsync(ActivityEvents.Of(e), receipt, cancellation),
            UserTagged e => messaging.Inbox.ApplyAsync(ActivityEvents.Of(e), receipt, cancellation),
            TagRemoved e => messaging.Inbox.ApplyAsync(ActivityEvents.Of(e), receipt, cancellation),
            CommentLiked e => messaging.Inbox.ApplyAsync(ActivityEvents.Of(e), receipt, cancellation),
            CommentUnliked e => messaging.Inbox.ApplyAsync(ActivityEvents.Of(e), receipt, cancellation),
            CommentDeleted e => messaging.Inbox.RemoveAsync(e.CommentId, e.At, receipt, cancellation),
            ContentRemoved e => messaging.Inbox.RemoveAsync(e.ContentId, e.At, receipt, cancellation),
            StoryReplied e => messaging.Inbox.StoryRepliedAsync(e, receipt, cancellation),
            UserBlocked e => messaging.Blocks.BlockedAsync(e, receipt, cancellation),
            UserUnblocked e => messaging.Blocks.UnblockedAsync(e, receipt, cancellation),
            _ => throw new ArgumentException($"No activity consumer takes {message.GetType().Name}.", nameof(message)),
        };
    }
}
