using System.Collections.Frozen;

namespace Social.Story.Domain.Stories;

/// <summary>Who a story is for, beyond its owner's privacy and its hide-from list.</summary>
public static class StoryAudiences
{
    public const string Everyone = "everyone";

    /// <summary>The default: users who follow the owner.</summary>
    public const string Followers = "followers";

    /// <summary>Users who follow the owner and whom the owner follows.</summary>
    public const string Mutuals = "mutuals";

    /// <summary>Users on the owner's close friends list.</summary>
    public const string CloseFriends = "closeFriends";

    public static FrozenSet<string> All { get; } = FrozenSet.Create(StringComparer.Ordinal, Everyone, Followers, Mutuals, CloseFriends);
}
