using Social.Contracts.Settings;

namespace Social.KnownUsers;

/// <summary>
/// A user's privacy settings as a service applies them, replicated from Profile's <c>ProfileSettingsChanged</c>
/// (latest <see cref="ChangedAt"/> wins). A user with no stored settings has the defaults of a new account.
/// </summary>
public sealed record UserSettings(
    Guid UserId,
    bool IsPrivate,
    string WhoCanMessage,
    string WhoCanComment,
    string WhoCanMention,
    DateTimeOffset ChangedAt,
    bool ReadReceipts = true,
    string WhoCanTag = Audiences.Everyone)
{
    public static UserSettings DefaultsFor(Guid userId) =>
        new(userId, false, Audiences.Everyone, Audiences.Everyone, Audiences.Everyone, DateTimeOffset.MinValue);
}
