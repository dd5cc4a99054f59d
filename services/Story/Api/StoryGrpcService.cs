using Microsoft.AspNetCore.Authorization;
using Social.Contracts.Story.V1;
using Social.ServiceDefaults.Grpc;
using Social.Story.Domain;
using Social.Story.Domain.Highlights;
using Social.Story.Domain.Reading;
using Social.Story.Domain.Replies;
using Social.Story.Domain.Stories;
using Social.Story.Domain.Tray;
using Social.Story.Domain.Views;

namespace Social.Story.Api;

/// <summary>
/// The Story contract: a thin adapter over the domain's use cases, acting for the token's subject ("me"). Stories,
/// the tray, views and replies, and highlights are beside.
/// </summary>
[Authorize]
public sealed partial class StoryGrpcService(
    Posting posting,
    StoryReads reads,
    StoryTray tray,
    Viewing viewing,
    Replying replying,
    Highlighting highlighting) : StoryService.StoryServiceBase
{
    private static Guid StoryId(string value) => RequestIds.ParseId(value, "storyId", "A story id");

    /// <summary>A list of ids in a body, possibly empty; how many it may hold is the domain's rule.</summary>
    private static List<Guid> Ids(IEnumerable<string> values, string field, string what) =>
        [.. values.Select(value => RequestIds.ParseId(value, field, what))];

    /// <summary>Turns a creating call's refusal into its error; returns the value otherwise.</summary>
    private static T Created<T>(CreateResult<T> result, string gone)
        where T : class
    {
        if (result.Violations.Count > 0)
        {
            RpcErrors.ThrowInvalidArgument(result.Violations);
        }

        switch (result.Conflict)
        {
            case CreateConflict.IdempotencyKeyReused:
                RpcErrors.ThrowFailedPrecondition(ErrorCodes.IdempotencyKeyReused, "This idempotency key was used for a different request.");
                break;
            case CreateConflict.OwnerUnknown:
                RpcErrors.ThrowNotFound("No such user.");
                break;
            case CreateConflict.FirstResultGone:
                RpcErrors.ThrowNotFound(gone);
                break;
        }

        return result.Value!;
    }
}
