using Grpc.Core;
using Social.Contracts.Profile.V1;
using Social.Profile.Accounts;
using Social.Profile.Storage;
using Social.ServiceDefaults.Grpc;

namespace Social.Profile.Api;

/// <summary>The Profile contract: a thin adapter from messages to the account and profile rules.</summary>
public sealed class ProfileGrpcService(AccountRegistration registration, IProfileStore store) : ProfileService.ProfileServiceBase
{
    public override async Task<CreateAccountResponse> CreateAccount(CreateAccountRequest request, ServerCallContext context)
    {
        var result = await registration.SignUpAsync(
            new SignUpRequest(request.Handle, request.Password, request.DisplayName),
            context.CancellationToken);
        if (result.Violations.Count > 0)
        {
            RpcErrors.ThrowInvalidArgument(result.Violations);
        }

        var account = result.Account;
        if (account is null)
        {
            RpcErrors.ThrowAlreadyExists(ErrorCodes.HandleTaken, "This handle is taken.");
        }

        context.SetJsonStatusCode(StatusCodes.Status201Created);
        return new CreateAccountResponse { UserId = account.UserId.ToString(), Handle = account.Handle };
    }

    public override async Task<ProfileView> GetProfile(GetProfileRequest request, ServerCallContext context)
    {
        var profile = await store.FindByHandleAsync(HandleRules.Normalize(request.Handle), context.CancellationToken);
        if (profile is null)
        {
            RpcErrors.ThrowNotFound("No such profile.");
        }

        return ProfileViews.From(profile);
    }
}
