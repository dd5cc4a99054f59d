namespace Social.Story.Domain.Tray;

/// <summary>
/// Which audiences a stored tray row counts beyond everyone and followers (which every follower is in): a row per reach
/// lets the tray find, for any viewer, the row that counts exactly the stories they may see, whatever Graph says of
/// mutuals and close friends at the time of reading.
/// </summary>
[Flags]
public enum TrayReach
{
    /// <summary>Stories for everyone or for followers only.</summary>
    Followers = 0,

    /// <summary>Also stories for mutuals.</summary>
    Mutuals = 1,

    /// <summary>Also stories for close friends.</summary>
    CloseFriends = 2,
}
