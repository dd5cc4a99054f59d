using Social.Relationships;

namespace Social.Story.Domain.Access;

/// <summary>Everything a decision about one viewer and one owner's stories depends on.</summary>
public sealed record ViewerFacts(Guid ViewerId, Guid OwnerId, bool OwnerIsPrivate, Relationship Relationship)
{
    public bool IsOwner => ViewerId == OwnerId;
}
