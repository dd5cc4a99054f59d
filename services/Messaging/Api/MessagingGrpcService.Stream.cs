using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Social.Contracts.Messaging.V1;
using Social.Messaging.Domain.Stream;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;
using StreamEvent = Social.Contracts.Messaging.V1.StreamEvent;

namespace Social.Messaging.Api;

/// <summary>Typing, stream tickets and the internal gRPC form of the live stream.</summary>
public sealed partial class MessagingGrpcService
{
    public override async Task<TypingState> StartTyping(ConversationRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var id = ConversationId(request.ConversationId);
        var expiresAt = await typing.StartAsync(me, id, context.CancellationToken)
            ?? throw RpcErrors.Create(Google.Rpc.Code.NotFound, ErrorCodes.NotFound, "No such conversation.");
        return new TypingState { ConversationId = id.ToString(), ExpiresAt = Timestamp.FromDateTimeOffset(expiresAt) };
    }

    public override async Task<StreamTicket> CreateStreamTicket(CreateStreamTicketRequest request, ServerCallContext context)
    {
        var issued = await tickets.IssueAsync(context.RequireUserId(), context.CancellationToken);
        return new StreamTicket { Ticket = issued.Ticket, ExpiresIn = (int)issued.ExpiresIn.TotalSeconds };
    }

    /// <summary>Internal (no public path in the contract, so internal callers only): a user's stream for another service, with the same events and positions as theirs.</summary>
    public override async Task Stream(StreamRequest request, IServerStreamWriter<StreamEvent> responseStream, ServerCallContext context)
    {
        var userId = RequestIds.ParseUserId(request.UserId, "userId");
        if (request.After < 0)
        {
            RpcErrors.ThrowInvalidArgument([new Social.ServiceDefaults.Validation.FieldViolation("after", "A stream position is 0 or more.")]);
        }

        try
        {
            // Heartbeats go out too: an idle call would otherwise send nothing for as long as nothing happens, so a proxy
            // between the services could time it out, and the caller could not tell a quiet stream from a dead one.
            await foreach (var streamEvent in live.FollowAsync(userId, request.After, context.CancellationToken))
            {
                await responseStream.WriteAsync(StreamViews.Event(streamEvent), context.CancellationToken);
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The caller ended the call.
        }
    }
}
