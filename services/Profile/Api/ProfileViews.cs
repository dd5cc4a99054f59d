using Social.Contracts.Graph.V1;
using Social.Contracts.Profile.V1;
using Social.Profile.Domain.Profiles;
using ProfileSettings = Social.Contracts.Profile.V1.ProfileSettings;

namespace Social.Profile.Api;

internal static class ProfileViews
{
    /// <summary>The caller's own profile: the public view plus the settings only its owner sees.</summary>
    public static ProfileView Mine(ProfileRecord profile)
    {
        var view = From(profile);
        view.Settings = new ProfileSettings
        {
            WhoCanMessage = profile.Settings.WhoCanMessage,
            WhoCanComment = profile.Settings.WhoCanComment,
            WhoCanMention = profile.Settings.WhoCanMention,
            ReadReceipts = profile.Settings.ReadReceipts,
            WhoCanTag = profile.Settings.WhoCanTag,
        };
        return view;
    }

    /// <summary>
    /// Graph's relationship as the viewer may see it (as <c>GET /api/v1/me/relationships</c>): whether the other user
    /// blocks the viewer is never told. Null when Graph named none.
    /// </summary>
    public static MyRelationship? ForViewer(Relationship? relationship) => relationship is null
        ? null
        : new MyRelationship
        {
            UserId = relationship.UserId,
            Following = relationship.Following,
            FollowedBy = relationship.FollowedBy,
            Requested = relationship.Requested,
            Blocking = relationship.Blocking,
            Muting = relationship.Muting,
            CloseFriend = relationship.CloseFriend,
        };

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
        // A sum of deltas: an unlike consumed before its like leaves it below zero for a moment, never shown.
        LikesCount = Math.Max(0, profile.LikesCount),
    };
}
