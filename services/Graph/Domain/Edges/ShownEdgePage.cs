using Social.KnownUsers;

namespace Social.Graph.Domain.Edges;

/// <summary>A page of a list with how Profile shows each user on it; a user Profile no longer has is absent from <see cref="Profiles"/>.</summary>
public sealed record ShownEdgePage(EdgePage Page, IReadOnlyDictionary<Guid, ProfileCard> Profiles);
