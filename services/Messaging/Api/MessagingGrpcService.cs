using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Social.Contracts.Messaging.V1;
using Social.Messaging.Storage;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;

namespace Social.Messaging.Api;

/// <summary>The Messaging contract: a thin adapter over the messaging use cases and the store's reads.</summary>
[Authorize]
public sealed class MessagingGrpcService(IMessagingStore store) : MessagingService.MessagingServiceBase
{
    /// <summary>Internal: for other services, with a client-credentials token.</summary>
    [Authorize(Policy = SocialAuth.InternalPolicy)]
    public override async Task<Participant> GetParticipant(GetParticipantRequest request, ServerCallContext context)
    {
        var userId = RequestIds.ParseUserId(request.UserId, "userId");
        var participant = await store.FindUserAsync(userId, context.CancellationToken);
        if (participant is null)
        {
            RpcErrors.ThrowNotFound("No such participant.");
        }

        return new Participant { UserId = participant.UserId.ToString(), Handle = participant.Handle };
    }
}
