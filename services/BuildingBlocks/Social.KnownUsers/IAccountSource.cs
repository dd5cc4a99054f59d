namespace Social.KnownUsers;

/// <summary>The owner of accounts, asked directly about users no event has announced yet.</summary>
public interface IAccountSource
{
    /// <summary>Those of <paramref name="userIds"/> that exist, with their privacy.</summary>
    Task<IReadOnlyList<(KnownUser User, bool IsPrivate)>> FindAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken);
}
