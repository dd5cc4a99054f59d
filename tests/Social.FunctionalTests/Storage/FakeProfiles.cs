using Social.Engagement.Domain.Access;

namespace Social.FunctionalTests.Storage;

/// <summary>Profile's answers for Engagement's conformance tests: every user is shown with a handle made from their id.</summary>
internal sealed class FakeProfiles : IProfileDirectory
{
    public Task<IReadOnlyDictionary<Guid, AuthorProfile>> GetAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<Guid, AuthorProfile>>(
            userIds.ToDictionary(id => id, id => new AuthorProfile(id, HandleOf(id), "User " + HandleOf(id), $"https://cdn.example.com/{id:N}.png")));

    public static string HandleOf(Guid userId) => "u" + userId.ToString("N")[^12..];
}
