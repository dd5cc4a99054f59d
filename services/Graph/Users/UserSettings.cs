namespace Social.Graph.Users;

/// <summary>
/// A user's privacy settings as Graph applies them, replicated from Profile's ProfileSettingsChanged (latest
/// <see cref="ChangedAt"/> wins). A user Graph has no settings for has the defaults of a new account.
/// </summary>
public sealed record UserSettings(
    Guid UserId, bool IsPrivate, string WhoCanMessage, string WhoCanComment, string WhoCanMention, DateTimeOffset ChangedAt)
{
    public static UserSettings DefaultsFor(Guid userId) =>
        new(userId, false, Audience.Everyone, Audience.Everyone, Audience.Everyone, DateTimeOffset.MinValue);
}
