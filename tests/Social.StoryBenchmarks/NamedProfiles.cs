using Social.KnownUsers;

namespace Social.StoryBenchmarks;

/// <summary>Profile's answers from memory: every user shown with a handle made from their id.</summary>
internal sealed class NamedProfiles : IProfileDirectory
{
    public Task<IReadOnlyDictionary<Guid, ProfileCard>> GetAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<Guid, ProfileCard>>(userIds.ToDictionary(id => id, id => new ProfileCard(id, "u" + id.ToString("N")[..12], "User", "")));
}
