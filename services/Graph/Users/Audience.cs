namespace Social.Graph.Users;

/// <summary>The values of the who-can settings (whoCanMessage, whoCanComment, whoCanMention).</summary>
public static class Audience
{
    public const string Everyone = "everyone";
    public const string Followers = "followers";
    public const string Mutuals = "mutuals";
    public const string Nobody = "nobody";
}
