using Social.KnownUsers;

namespace Social.FunctionalTests.Storage;

/// <summary>An owner of accounts that knows nobody: a user no event announced stays unknown.</summary>
internal sealed class NoAccounts : IAccountSource
{
    public Task<IReadOnlyList<(KnownUser User, bool IsPrivate)>> FindAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<(KnownUser User, bool IsPrivate)>>([]);
}
