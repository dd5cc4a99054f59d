using Grpc.Core;
using Social.Contracts.Engagement.V1;
using Social.Engagement.Domain.Tags;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;

using ContentPage = Social.Contracts.Engagement.V1.ContentPage;

namespace Social.Engagement.Api;

/// <summary>Tags: tag, untag, the content a user is tagged in.</summary>
public sealed partial class EngagementGrpcService
{
    public override async Task<TagState> TagUser(TagRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var (contentId, userId) = (ContentId(request.ContentId), RequestIds.ParseUserId(request.UserId, "userId"));
        var outcome = await tagging.TagAsync(me, contentId, userId, context.CancellationToken);
        return TagState(outcome, tagged: outcome == TagOutcome.Done);
    }

    public override async Task<TagState> UntagUser(TagRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var (contentId, userId) = (ContentId(request.ContentId), RequestIds.ParseUserId(request.UserId, "userId"));
        return TagState(await tagging.UntagAsync(me, contentId, userId, context.CancellationToken), tagged: false);
    }

    public override async Task<ContentPage> ListTagged(ListTaggedRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var userId = RequestIds.ParseUserId(request.UserId, "userId");
        var limit = Paging.Limit(request.Limit);
        var after = EngagementViews.IdAfter(request.Cursor);
        var seen = await reads.TaggedAsync(me, userId, after, limit, context.CancellationToken);
        AccessErrors.ThrowIfRefused(seen.Access, "No such user.");
        return EngagementViews.Tagged(seen.Value!);
    }

    /// <summary>A refused tag is an answer (<c>tagged: false</c>), not an error; the rest are errors.</summary>
    private static TagState TagState(TagOutcome outcome, bool tagged)
    {
        switch (outcome)
        {
            case TagOutcome.NotFound:
                RpcErrors.ThrowNotFound("No such content or user.");
                break;
            case TagOutcome.PrivateAccount:
                AccessErrors.ThrowIfRefused(Domain.Access.AccessDecision.PrivateAccount);
                break;
            case TagOutcome.NotYours:
                throw RpcErrors.Create(
                    Google.Rpc.Code.PermissionDenied, ErrorCodes.PermissionDenied, "Only the owner tags; only the owner or the tagged user removes a tag.");
            case TagOutcome.TooMany:
                throw RpcErrors.Create(
                    Google.Rpc.Code.FailedPrecondition, EngagementErrorCodes.TooManyTags, $"An item carries at most {TagRules.MaxTags} tags.");
        }

        return new TagState { Tagged = tagged };
    }
}
