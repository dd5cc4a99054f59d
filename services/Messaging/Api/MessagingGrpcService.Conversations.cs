using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Social.Contracts.Messaging.V1;
using Social.Messaging.Domain.Conversations;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;
using Social.ServiceDefaults.Validation;

namespace Social.Messaging.Api;

/// <summary>Conversations: start, list, read, answer requests, manage members and admins, leave, mute.</summary>
public sealed partial class MessagingGrpcService
{
    [JsonStatus(StatusCodes.Status201Created, "Created: a new direct conversation or group.")]
    [JsonStatus(StatusCodes.Status200OK, "The pair's existing direct conversation, or the group a retried Idempotency-Key created.")]
    public override async Task<ConversationView> CreateConversation(CreateConversationRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var others = RequestIds.ParseIds(request.MemberIds, "memberIds", "A user id");
        var result = await starting.StartAsync(
            me, others, request.HasTitle ? request.Title : null, context.RequestHeaders.GetValue(IdempotencyKeys.Header), context.CancellationToken);
        ConversationErrors.ThrowIfInvalid(result.Violations);
        if (result.KeyReused)
        {
            RpcErrors.ThrowFailedPrecondition(ErrorCodes.IdempotencyKeyReused, "This idempotency key was used for a different request.");
        }

        ConversationErrors.ThrowIfRefused(result.Decision, "No such user.");
        if (result.Created)
        {
            context.SetJsonStatusCode(StatusCodes.Status201Created);
        }

        return await ViewAsync(me, result.ConversationId!.Value, context.CancellationToken);
    }

    public override async Task<ConversationPage> ListConversations(ListConversationsRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var folder = string.IsNullOrEmpty(request.Folder) ? Folders.Inbox : request.Folder;
        if (!Folders.IsListable(folder))
        {
            RpcErrors.ThrowInvalidArgument([new FieldViolation("folder", $"A folder is \"{Folders.Inbox}\" (default) or \"{Folders.Requests}\".")]);
        }

        var limit = Paging.Limit(request.Limit);
        var after = MessagingCursors.ActivityAfter(request.Cursor);
        return MessagingViews.Conversations(await conversations.ListAsync(me, folder, after, limit, context.CancellationToken));
    }

    public override Task<ConversationView> GetConversation(ConversationRequest request, ServerCallContext context) =>
        ViewAsync(context.RequireUserId(), ConversationId(request.ConversationId), context.CancellationToken);

    public override async Task<ConversationView> AcceptConversation(ConversationRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var id = ConversationId(request.ConversationId);
        ConversationErrors.ThrowIfRefused(await mine.AcceptAsync(me, id, context.CancellationToken));
        return await ViewAsync(me, id, context.CancellationToken);
    }

    public override async Task<Empty> DeclineConversation(ConversationRequest request, ServerCallContext context)
    {
        ConversationErrors.ThrowIfRefused(await mine.DeclineAsync(context.RequireUserId(), ConversationId(request.ConversationId), context.CancellationToken));
        return Done;
    }

    public override async Task<Empty> LeaveConversation(ConversationRequest request, ServerCallContext context)
    {
        ConversationErrors.ThrowIfRefused(await membership.LeaveAsync(context.RequireUserId(), ConversationId(request.ConversationId), context.CancellationToken));
        return Done;
    }

    public override async Task<ConversationView> AddMember(ConversationMemberRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var id = ConversationId(request.ConversationId);
        var user = RequestIds.ParseUserId(request.UserId, "userId");
        ConversationErrors.ThrowIfRefused(await membership.AddMemberAsync(me, id, user, context.CancellationToken), "No such conversation or user.");
        return await ViewAsync(me, id, context.CancellationToken);
    }

    public override async Task<Empty> RemoveMember(ConversationMemberRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var id = ConversationId(request.ConversationId);
        var user = RequestIds.ParseUserId(request.UserId, "userId");
        ConversationErrors.ThrowIfRefused(await membership.RemoveMemberAsync(me, id, user, context.CancellationToken));
        return Done;
    }

    public override Task<ConversationView> AddAdmin(ConversationMemberRequest request, ServerCallContext context) => SetAdminAsync(request, admin: true, context);

    public override Task<ConversationView> RemoveAdmin(ConversationMemberRequest request, ServerCallContext context) => SetAdminAsync(request, admin: false, context);

    public override Task<MuteState> MuteConversation(ConversationRequest request, ServerCallContext context) => MuteAsync(request, muted: true, context);

    public override Task<MuteState> UnmuteConversation(ConversationRequest request, ServerCallContext context) => MuteAsync(request, muted: false, context);

    private async Task<ConversationView> SetAdminAsync(ConversationMemberRequest request, bool admin, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var id = ConversationId(request.ConversationId);
        var user = RequestIds.ParseUserId(request.UserId, "userId");
        ConversationErrors.ThrowIfRefused(await membership.SetAdminAsync(me, id, user, admin, context.CancellationToken), "No such conversation or member.");
        return await ViewAsync(me, id, context.CancellationToken);
    }

    private async Task<MuteState> MuteAsync(ConversationRequest request, bool muted, ServerCallContext context)
    {
        ConversationErrors.ThrowIfRefused(await mine.MuteAsync(context.RequireUserId(), ConversationId(request.ConversationId), muted, context.CancellationToken));
        return new MuteState { Muted = muted };
    }
}
