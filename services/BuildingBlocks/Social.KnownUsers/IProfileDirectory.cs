namespace Social.KnownUsers;

/// <summary>Profile's answer to "how are these users shown?", for a page of users in one call.</summary>
public interface IProfileDirectory
{
    /// <summary>Those of <paramref name="userIds"/> (at most 100) that have a profile.</summary>
    Task<IReadOnlyDictionary<Guid, ProfileCard>> GetAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken);
}
