using System.Collections.Frozen;

namespace Social.Contracts.Settings;

/// <summary>
/// The values of the who-can settings (<c>whoCanMessage</c>, <c>whoCanComment</c>, <c>whoCanMention</c>, …): written
/// by Profile, carried by <c>ProfileSettingsChanged</c>, applied by every service that decides who may do what.
/// </summary>
public static class Audiences
{
    public const string Everyone = "everyone";
    public const string Followers = "followers";
    public const string Mutuals = "mutuals";
    public const string Nobody = "nobody";

    public static FrozenSet<string> All { get; } = FrozenSet.Create(StringComparer.Ordinal, Everyone, Followers, Mutuals, Nobody);

    /// <summary>
    /// Whether a who-can setting lets an actor in: "followers" means the actor follows the setting's owner, "mutuals"
    /// that both follow each other. An unknown value lets nobody in.
    /// </summary>
    public static bool Admits(string audience, bool actorFollowsOwner, bool ownerFollowsActor) => audience switch
    {
        Everyone => true,
        Followers => actorFollowsOwner,
        Mutuals => actorFollowsOwner && ownerFollowsActor,
        _ => false,
    };
}
