namespace Social.Contracts.Events;

/// <summary>
/// A user's privacy settings changed (or the account went private / public). Published by Profile; Graph applies
/// them to its policy checks, Messaging to who may message whom. Carries the full current settings, so the
/// latest event wins and a lost intermediate one does not matter.
/// </summary>
public sealed record ProfileSettingsChanged
{
    public required Guid UserId { get; init; }

    public required bool IsPrivate { get; init; }

    public required string WhoCanMessage { get; init; }

    public required string WhoCanComment { get; init; }

    public required string WhoCanMention { get; init; }

    /// <summary>Who may tag the user in content; events published before the setting existed read as everyone.</summary>
    public string WhoCanTag { get; init; } = Settings.Audiences.Everyone;

    public required bool ReadReceipts { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }
}
