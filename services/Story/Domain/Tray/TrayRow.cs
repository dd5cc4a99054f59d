namespace Social.Story.Domain.Tray;

/// <summary>
/// A stored key of a viewer's tray: of <see cref="OwnerId"/>'s live stories not hidden from the viewer, those whose
/// audience <see cref="Reach"/> counts; whether any of them is unseen, the newest one's time and when the last expires.
/// Stored in the tray's order, so a page is one index range over the viewer's own rows.
/// </summary>
public sealed record TrayRow(Guid ViewerId, Guid OwnerId, TrayReach Reach, bool HasUnseen, DateTimeOffset LatestAt, DateTimeOffset ExpiresAt)
{
    public TrayPosition Position => new(HasUnseen, LatestAt, OwnerId);
}
