namespace Social.Engagement.Api;

/// <summary>Error codes of the engagement endpoints, beside the shared ones.</summary>
internal static class EngagementErrorCodes
{
    /// <summary>A registered content id already names another owner's item.</summary>
    public const string ContentIdTaken = "content_id_taken";

    /// <summary>The owner turned comments off on this item.</summary>
    public const string CommentsDisabled = "comments_disabled";

    /// <summary>The owner's <c>whoCanComment</c> leaves the caller out.</summary>
    public const string CommentsRestricted = "comments_restricted";

    /// <summary>The item already carries the most tags it may.</summary>
    public const string TooManyTags = "too_many_tags";
}
