using Social.Contracts.Settings;
using Social.Engagement.Domain.Access;
using Social.KnownUsers;
using Social.Relationships;

namespace Social.Engagement.Domain.Tags;

/// <summary>
/// Who may be tagged: the owner tags; the tagged user's <c>whoCanTag</c> must admit the owner (followers: the owner
/// follows them), with no block either way. A refused tag is not an error: it is simply not there, and nobody is
/// told. Tagging oneself is always accepted. An item carries at most <see cref="MaxTags"/> tags.
/// </summary>
public static class TagRules
{
    public const int MaxTags = 20;

    public static bool Accepts(Guid ownerId, Guid taggedId, Relationship ownerWithTagged, UserSettings taggedSettings) =>
        ownerId == taggedId
        || (!ownerWithTagged.BlockedEitherWay
            && Audiences.Admits(taggedSettings.WhoCanTag, ownerWithTagged.Following, ownerWithTagged.FollowedBy));

    /// <summary>The owner, or the tagged user themself, removes a tag.</summary>
    public static bool MayRemove(Guid actorId, Guid ownerId, Guid taggedId) => actorId == ownerId || actorId == taggedId;
}
