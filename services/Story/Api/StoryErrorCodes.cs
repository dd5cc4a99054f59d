namespace Social.Story.Api;

/// <summary>Error codes of the story endpoints, beside the shared ones.</summary>
internal static class StoryErrorCodes
{
    /// <summary>A like or a reply to the caller's own story.</summary>
    public const string OwnStory = "own_story";
}
