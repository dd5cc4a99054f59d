namespace Social.Engagement.Api;

/// <summary>Error codes of the engagement endpoints, beside the shared ones.</summary>
internal static class EngagementErrorCodes
{
    /// <summary>A registered content id already names another owner's item.</summary>
    public const string ContentIdTaken = "content_id_taken";
}
