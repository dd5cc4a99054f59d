using MassTransit;
using Social.Messaging.Domain.Activity;

namespace Social.Messaging.Consumers;

/// <summary>
/// The activity inbox's consumers: every event that notifies someone, and every event that takes a notification back.
/// The endpoints of the events applied in batches take many messages at once (<see cref="InFlight"/>): they wait
/// together for the inbox's next batch (<see cref="ActivityInbox"/>), which is what makes one transaction apply many.
/// </summary>
public static class ActivityConsumers
{
    /// <summary>
    /// Messages each endpoint fetches and handles at once: twice a batch, so that one batch gathers while another is
    /// written. The broker's default (twice the processor count, at most 16) would let a batch hold a handful.
    /// </summary>
    public const int InFlight = 2 * ActivityInbox.MaxBatch;

    public static IBusRegistrationConfigurator AddActivityConsumers(this IBusRegistrationConfigurator bus)
    {
        // Graph. FollowerRemoved needs no consumer: Graph publishes UserUnfollowed (reason "removed") for the same edge.
        bus.AddConsumer<ActivityUserFollowedConsumer>().Endpoint(Batched);
        bus.AddConsumer<ActivityUserUnfollowedConsumer>().Endpoint(Batched);
        bus.AddConsumer<ActivityFollowRequestedConsumer>().Endpoint(Batched);
        bus.AddConsumer<ActivityFollowRequestWithdrawnConsumer>().Endpoint(Batched);
        bus.AddConsumer<ActivityFollowRequestAcceptedConsumer>().Endpoint(Batched);

        // Engagement.
        bus.AddConsumer<ActivityContentLikedConsumer>().Endpoint(Batched);
        bus.AddConsumer<ActivityContentUnlikedConsumer>().Endpoint(Batched);
        bus.AddConsumer<ActivityCommentPostedConsumer>().Endpoint(Batched);
        bus.AddConsumer<ActivityCommentDeletedConsumer>();
        bus.AddConsumer<ActivityUserMentionedConsumer>().Endpoint(Batched);
        bus.AddConsumer<ActivityUserTaggedConsumer>().Endpoint(Batched);
        bus.AddConsumer<ActivityTagRemovedConsumer>().Endpoint(Batched);
        bus.AddConsumer<ActivityCommentLikedConsumer>().Endpoint(Batched);
        bus.AddConsumer<ActivityCommentUnlikedConsumer>().Endpoint(Batched);
        bus.AddConsumer<ActivityContentRemovedConsumer>();

        // Story.
        bus.AddConsumer<ActivityStoryRepliedConsumer>();
        return bus;
    }

    private static void Batched(IEndpointRegistrationConfigurator endpoint)
    {
        endpoint.PrefetchCount = InFlight;
        endpoint.ConcurrentMessageLimit = InFlight;
    }
}
