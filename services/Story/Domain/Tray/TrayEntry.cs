namespace Social.Story.Domain.Tray;

/// <summary>One followed user in the viewer's tray: how many live stories the viewer may see, the newest one's time, and whether any is unseen.</summary>
public sealed record TrayEntry(Guid OwnerId, int StoryCount, DateTimeOffset LatestAt, bool HasUnseen)
{
    /// <summary>Where this entry stands in the tray's order, as a cursor names it.</summary>
    public TrayPosition Position => new(HasUnseen, LatestAt, OwnerId);
}
