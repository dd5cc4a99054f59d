using System.Collections.Frozen;

namespace Social.Engagement.Domain.Content;

/// <summary>Who a content item is for, beyond its owner's privacy: everyone (the default), followers, mutuals or only its owner.</summary>
public static class ContentAudiences
{
    public const string Everyone = "everyone";
    public const string Followers = "followers";
    public const string Mutuals = "mutuals";
    public const string OnlyMe = "onlyMe";

    public static FrozenSet<string> All { get; } = FrozenSet.Create(StringComparer.Ordinal, Everyone, Followers, Mutuals, OnlyMe);
}
