using Grpc.Core;
using Social.Contracts.Messaging.V1;
using Social.Messaging.Storage;
using Social.ServiceDefaults.Grpc;

namespace Social.Messaging.Api;

/// <summary>The Messaging contract: a thin adapter over the messaging store and rules.</summary>
public sealed class MessagingGrpcService(IMessagingStore store) : MessagingService.MessagingServiceBase
{
    public override async Task<Participant> GetParticipant(GetParticipantRequest request, ServerCallContext context)
    {
        var userId = RequestIds.ParseUserId(request.UserId, "userId");
        var participant = await store.FindParticipantAsync(userId, context.CancellationToken);
        if (participant is null)
        {
            RpcErrors.ThrowNotFound("No such participant.");
        }

        return new Participant { UserId = participant.UserId.ToString(), Handle = participant.Handle };
    }
}
