using Grpc.Core;
using Social.Contracts.Profile.V1;
using Social.ServiceDefaults.Grpc;

namespace Social.KnownUsers;

/// <summary>
/// <see cref="IProfileDirectory"/> over Profile's internal batch lookup (one call for up to 100 users). Profile's own
/// errors never reach a client: whatever it answers, the caller is told the service is unavailable.
/// </summary>
public sealed class ProfileDirectory(ProfileService.ProfileServiceClient profiles) : IProfileDirectory
{
    public async Task<IReadOnlyDictionary<Guid, ProfileCard>> GetAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        if (userIds.Count == 0)
        {
            return new Dictionary<Guid, ProfileCard>();
        }

        var request = new GetProfilesRequest();
        request.Ids.AddRange(userIds.Select(id => id.ToString()));
        try
        {
            var found = await profiles.GetProfilesAsync(request, cancellationToken: cancellationToken);
            return found.Items.ToDictionary(p => Guid.Parse(p.UserId), p => new ProfileCard(Guid.Parse(p.UserId), p.Handle, p.DisplayName, p.AvatarUrl));
        }
        catch (RpcException exception) when (exception.StatusCode != StatusCode.Cancelled)
        {
            throw RpcErrors.Create(Google.Rpc.Code.Unavailable, ErrorCodes.ServiceUnavailable, "Profiles cannot be read right now; try again.");
        }
    }
}
