using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Messaging.Domain.Activity;

namespace Social.FunctionalTests.Storage;

/// <summary>Delivers an event to the activity inbox as Messaging's consumer for its type does, so that tests speak in events.</summary>
internal static class ActivityDelivery
{
    /// <summary>The causes of an event that the inbox applies in batches (<see cref="ActivityInbox.ApplyAsync"/>); null for one it applies alone.</summary>
    public static IReadOnlyList<ActivityCause>? BatchedCausesOf(object message) => message switch
    {
        UserFollowed e => ActivityEvents.Of(e),
        UserUnfollowed e => ActivityEvents.Of(e),
        FollowRequested e => ActivityEvents.Of(e),
        FollowRequestWithdrawn e => ActivityEvents.Of(e),
        FollowRequestAccepted e => ActivityEvents.Of(e),
        ContentLiked e => ActivityEvents.Of(e),
        ContentUnliked e => ActivityEvents.Of(e),
        CommentPosted e => ActivityEvents.Of(e),
        UserMentioned e => ActivityEvents.Of(e),
        UserTagged e => ActivityEvents.Of(e),
        TagRemoved e => ActivityEvents.Of(e),
        CommentLiked e => ActivityEvents.Of(e),
        CommentUnliked e => ActivityEvents.Of(e),
        _ => null,
    };

    public static Task<bool> DeliverAsync(this MessagingUnderTest messaging, object message, MessageReceipt receipt)
    {
        var cancellation = TestContext.Current.CancellationToken;
        if (BatchedCausesOf(message) is { } causes)
        {
            return messaging.Inbox.ApplyAsync(causes, receipt, cancellation);
        }

        return message switch
        {
            CommentDeleted e => messaging.Inbox.RemoveAsync(e.CommentId, e.At, receipt, cancellation),
            ContentRemoved e => messaging.Inbox.RemoveAsync(e.ContentId, e.At, receipt, cancellation),
            StoryReplied e => messaging.Inbox.StoryRepliedAsync(e, receipt, cancellation),
            UserBlocked e => messaging.Blocks.BlockedAsync(e, receipt, cancellation),
            UserUnblocked e => messaging.Blocks.UnblockedAsync(e, receipt, cancellation),
            _ => throw new ArgumentException($"No activity consumer takes {message.GetType().Name}.", nameof(message)),
        };
    }
}
