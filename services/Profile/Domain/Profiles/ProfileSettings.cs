using Social.Contracts.Settings;

namespace Social.Profile.Domain.Profiles;

/// <summary>A user's privacy settings. New accounts are open (everyone) with read receipts on.</summary>
public sealed record ProfileSettings(string WhoCanMessage, string WhoCanComment, string WhoCanMention, bool ReadReceipts, string WhoCanTag = Audiences.Everyone)
{
    public static ProfileSettings Default { get; } = new(Audiences.Everyone, Audiences.Everyone, Audiences.Everyone, true, Audiences.Everyone);
}
