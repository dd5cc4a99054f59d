namespace Social.Contracts.Events;

/// <summary>
/// A user changed their password. Published by Profile in the transaction of the change; Profile itself ends, on
/// receipt, every session created before <see cref="ChangedAt"/>, so a crash between the change and the revocation
/// cannot leave a stolen session alive.
/// </summary>
public sealed record PasswordChanged
{
    public required Guid UserId { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }
}
