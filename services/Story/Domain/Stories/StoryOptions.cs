namespace Social.Story.Domain.Stories;

/// <summary>The <c>Stories</c> settings.</summary>
public sealed class StoryOptions
{
    public const string SectionName = "Stories";

    /// <summary>How long a story stays live after it is posted (24 hours unless set otherwise).</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(24);
}
