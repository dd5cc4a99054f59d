using Social.KnownUsers;

namespace Social.StoryBenchmarks;

/// <summary>No account beyond those seeded: the benchmark never asks Profile about an unknown user.</summary>
internal sealed class NoAccountSource : IAccountSource
{
    public Task<IReadOnlyList<(KnownUser User, bool IsPrivate)>> FindAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<(KnownUser User, bool IsPrivate)>>([]);
}
