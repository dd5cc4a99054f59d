using Social.Contracts.Profile.V1;
using Social.Profile.Accounts;

namespace Social.Profile.Api;

internal static class ProfileViews
{
    public static ProfileView From(ProfileRecord profile) => new()
    {
        UserId = profile.UserId.ToString(),
        Handle = profile.Handle,
        DisplayName = profile.DisplayName,
        Bio = profile.Bio,
        AvatarUrl = profile.AvatarUrl ?? string.Empty,
        Links = { profile.Links },
        Pronouns = profile.Pronouns,
        IsPrivate = profile.IsPrivate,
        FollowersCount = profile.FollowersCount,
        FollowingCount = profile.FollowingCount,
        LikesCount = profile.LikesCount,
    };
}
