using Social.Contracts.Profile.V1;

namespace Social.KnownUsers;

/// <summary><see cref="IAccountSource"/> over Profile's internal batch lookup (one call for up to 100 users).</summary>
public sealed class ProfileAccountSource(ProfileService.ProfileServiceClient profiles, TimeProvider clock) : IAccountSource
{
    public async Task<IReadOnlyList<(KnownUser User, bool IsPrivate)>> FindAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        var request = new GetProfilesRequest();
        request.Ids.AddRange(userIds.Select(id => id.ToString()));
        var found = await profiles.GetProfilesAsync(request, cancellationToken: cancellationToken);
        return [.. found.Items.Select(p => (new KnownUser(Guid.Parse(p.UserId), p.Handle, clock.GetUtcNow()), p.IsPrivate))];
    }
}
