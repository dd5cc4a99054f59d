namespace Social.Story.Domain.Stories;

/// <summary>The <c>Stories</c> settings.</summary>
public sealed class StoryOptions
{
    public const string SectionName = "Stories";

    /// <summary>How long a story stays live after it is posted (24 hours unless set otherwise).</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Owners with more followers than this (10,000 unless set otherwise) do not fan out: their stories are broadcasts,
    /// merged into trays on read. Higher means more posts fan out in the background; lower means more owners each tray
    /// read asks Graph about.
    /// </summary>
    public int FanOutFollowerLimit { get; set; } = 10_000;

    /// <summary>Followers whose trays one fan-out transaction writes (500 unless set otherwise).</summary>
    public int FanOutBatchSize { get; set; } = 500;
}
