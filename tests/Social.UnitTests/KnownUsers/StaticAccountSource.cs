using Social.KnownUsers;

namespace Social.UnitTests.KnownUsers;

/// <summary>The owner of accounts, answering from a fixed list.</summary>
internal sealed class StaticAccountSource(params (KnownUser User, bool IsPrivate)[] accounts) : IAccountSource
{
    public Task<IReadOnlyList<(KnownUser User, bool IsPrivate)>> FindAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<(KnownUser User, bool IsPrivate)>>([.. accounts.Where(a => userIds.Contains(a.User.UserId))]);
}
