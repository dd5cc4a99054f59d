using Social.KnownUsers;

namespace Social.FunctionalTests.Storage;

/// <summary>Profile's answers for Engagement's conformance tests: every user is shown with a handle made from their id.</summary>
internal sealed class FakeProfiles : IProfileDirectory
{
    public Task<IReadOnlyDictionary<Guid, ProfileCard>> GetAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<Guid, ProfileCard>>(
            userIds.ToDictionary(id => id, id => new ProfileCard(id, HandleOf(id), "User " + HandleOf(id), $"https://cdn.example.com/{id:N}.png")));

    public static string HandleOf(Guid userId) => "u" + userId.ToString("N")[^12..];
}
