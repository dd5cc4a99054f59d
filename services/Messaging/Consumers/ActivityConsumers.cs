using MassTransit;

namespace Social.Messaging.Consumers;

/// <summary>The activity inbox's consumers: every event that notifies someone, and every event that takes a notification back.</summary>
public static class ActivityConsumers
{
    public static IBusRegistrationConfigurator AddActivityConsumers(this IBusRegistrationConfigurator bus)
    {
        // Graph. FollowerRemoved needs no consumer: Graph publishes UserUnfollowed (reason "removed") for the same edge.
        bus.AddConsumer<ActivityUserFollowedConsumer>();
        bus.AddConsumer<ActivityUserUnfollowedConsumer>();
        bus.AddConsumer<ActivityFollowRequestedConsumer>();
        bus.AddConsumer<ActivityFollowRequestWithdrawnConsumer>();
        bus.AddConsumer<ActivityFollowRequestAcceptedConsumer>();

        // Engagement.
        bus.AddConsumer<ActivityContentLikedConsumer>();
        bus.AddConsumer<ActivityContentUnlikedConsumer>();
        bus.AddConsumer<ActivityCommentPostedConsumer>();
        bus.AddConsumer<ActivityCommentDeletedConsumer>();
        bus.AddConsumer<ActivityUserMentionedConsumer>();
        bus.AddConsumer<ActivityUserTaggedConsumer>();
        bus.AddConsumer<ActivityTagRemovedConsumer>();
        bus.AddConsumer<ActivityCommentLikedConsumer>();
        bus.AddConsumer<ActivityCommentUnlikedConsumer>();
        bus.AddConsumer<ActivityContentRemovedConsumer>();

        // Story.
        bus.AddConsumer<ActivityStoryRepliedConsumer>();
        return bus;
    }
}
