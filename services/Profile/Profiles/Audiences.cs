using System.Collections.Frozen;

namespace Social.Profile.Profiles;

/// <summary>The values of the who-can settings.</summary>
public static class Audiences
{
    public const string Everyone = "everyone";
    public const string Followers = "followers";
    public const string Mutuals = "mutuals";
    public const string Nobody = "nobody";

    public static FrozenSet<string> All { get; } = FrozenSet.Create(StringComparer.Ordinal, Everyone, Followers, Mutuals, Nobody);
}
