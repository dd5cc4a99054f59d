using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Social.Contracts.Profile.V1;
using Social.Profile.Domain.Accounts;
using Social.Profile.Domain.Profiles;
using Social.Profile.Storage;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;
using Social.ServiceDefaults.Validation;

namespace Social.Profile.Api;

/// <summary>The Profile contract: a thin adapter from messages to the account and profile rules.</summary>
public sealed class ProfileGrpcService(
    AccountRegistration registration,
    ProfileEditing editing,
    PasswordChange passwordChange,
    AccountDeletion deletion,
    IProfileStore store,
    ViewerRelationships relationships) : ProfileService.ProfileServiceBase
{
    [JsonStatus(StatusCodes.Status201Created, "Created.")]
    public override async Task<CreateAccountResponse> CreateAccount(CreateAccountRequest request, ServerCallContext context)
    {
        var idempotencyKey = context.RequestHeaders.GetValue(IdempotencyKeys.Header);
        var result = await registration.SignUpAsync(
            new SignUpRequest(request.Handle, request.Password, request.DisplayName, idempotencyKey),
            context.CancellationToken);
        if (result.Violations.Count > 0)
        {
            RpcErrors.ThrowInvalidArgument(result.Violations);
        }

        switch (result.Conflict)
        {
            case SignUpConflict.HandleTaken:
                RpcErrors.ThrowAlreadyExists(ErrorCodes.HandleTaken, "This handle is taken.");
                break;
            case SignUpConflict.IdempotencyKeyReused:
                RpcErrors.ThrowFailedPrecondition(ErrorCodes.IdempotencyKeyReused, "This idempotency key was used for a different request.");
                break;
        }

        context.SetJsonStatusCode(StatusCodes.Status201Created);
        return new CreateAccountResponse { UserId = result.UserId.ToString(), Handle = result.Handle };
    }

    [Authorize]
    public override async Task<ProfileView> GetMe(GetMeRequest request, ServerCallContext context)
    {
        var profile = await store.FindByIdAsync(context.RequireUserId(), context.CancellationToken);
        if (profile is null)
        {
            RpcErrors.ThrowNotFound("The account no longer exists.");
        }

        return ProfileViews.Mine(profile);
    }

    [Authorize]
    public override async Task<ProfileView> UpdateMe(UpdateMeRequest request, ServerCallContext context)
    {
        var result = await editing.UpdateAsync(context.RequireUserId(), ProfileChangesReader.From(request), context.CancellationToken);
        if (result.Violations.Count > 0)
        {
            RpcErrors.ThrowInvalidArgument(result.Violations);
        }

        if (result.Profile is null)
        {
            RpcErrors.ThrowNotFound("The account no longer exists.");
        }

        return ProfileViews.Mine(result.Profile);
    }

    [Authorize]
    public override async Task<Empty> ChangePassword(ChangePasswordRequest request, ServerCallContext context)
    {
        var result = await passwordChange.ChangeAsync(context.RequireUserId(), request.CurrentPassword, request.NewPassword, context.CancellationToken);
        if (result.Violations.Count > 0)
        {
            RpcErrors.ThrowInvalidArgument(result.Violations);
        }

        if (!result.AccountFound)
        {
            RpcErrors.ThrowNotFound("The account no longer exists.");
        }

        return new Empty();
    }

    [Authorize]
    public override async Task<Empty> DeleteMe(DeleteMeRequest request, ServerCallContext context)
    {
        if (!await deletion.DeleteAsync(context.RequireUserId(), context.CancellationToken))
        {
            RpcErrors.ThrowNotFound("The account no longer exists.");
        }

        return new Empty();
    }

    [Authorize]
    public override async Task<ProfileList> GetProfiles(GetProfilesRequest request, ServerCallContext context)
    {
        var ids = RequestIds.ParseUserIds(request.Ids);
        var profiles = await store.FindByIdsAsync(ids, context.CancellationToken);
        return new ProfileList { Items = { await ViewsForCallerAsync(profiles, context) } };
    }

    [Authorize]
    public override async Task<ProfileList> SearchProfiles(SearchProfilesRequest request, ServerCallContext context)
    {
        var prefix = ProfileQueries.ParsePrefix(request.Q);
        var limit = Paging.Limit(request.Limit);
        // One extra row tells whether another page exists without a count.
        var found = await store.SearchAsync(prefix, Paging.DecodeCursor(request.Cursor), limit + 1, context.CancellationToken);
        // Users blocked either way are left out, so a page may hold fewer than the limit; the cursor still moves on.
        var page = new ProfileList { Items = { await ViewsForCallerAsync(found.Take(limit).ToList(), context) } };
        if (found.Count > limit)
        {
            page.NextCursor = Paging.EncodeCursor(found[limit - 1].Handle);
        }

        return page;
    }

    [Authorize]
    public override async Task<ProfileView> GetProfile(GetProfileRequest request, ServerCallContext context)
    {
        var profile = await store.FindByHandleAsync(HandleRules.Normalize(request.Handle), context.CancellationToken);
        if (profile is null)
        {
            RpcErrors.ThrowNotFound("No such profile.");
        }

        var views = await ViewsForCallerAsync([profile], context);
        if (views.Count == 0)
        {
            RpcErrors.ThrowNotFound("No such profile.");
        }

        return views[0];
    }

    /// <summary>
    /// The profiles as the caller may see them: with the caller's relationship to each other user, and without those
    /// blocked either way. An internal caller (no user) sees them all, without relationships.
    /// </summary>
    private async Task<IReadOnlyList<ProfileView>> ViewsForCallerAsync(IReadOnlyList<ProfileRecord> profiles, ServerCallContext context)
    {
        if (context.IsInternalCaller())
        {
            return profiles.Select(ProfileViews.From).ToList();
        }

        var viewer = context.RequireUserId();
        var byUser = await relationships.OfAsync(viewer, profiles.Select(p => p.UserId).ToList(), context.CancellationToken);
        var views = new List<ProfileView>();
        foreach (var profile in profiles)
        {
            var relationship = byUser.GetValueOrDefault(profile.UserId);
            if (ViewerRelationships.Hides(relationship))
            {
                continue;
            }

            var view = ProfileViews.From(profile);
            view.Relationship = ProfileViews.ForViewer(relationship);
            views.Add(view);
        }

        return views;
    }
}
