using Social.Engagement.Domain.Likes;
using Social.KnownUsers;

namespace Social.Engagement.Domain.Reading;

/// <summary>A page of likers as one viewer sees it, with how each liker is shown (from Profile, one call per page).</summary>
public sealed record ViewedLikers(LikerPage Page, IReadOnlyDictionary<Guid, ProfileCard> Profiles);
