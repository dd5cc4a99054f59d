namespace Social.Messaging.Api;

/// <summary>Error codes of the messaging endpoints, beside the shared ones.</summary>
internal static class MessagingErrorCodes
{
    /// <summary>Members and admins belong to groups; a 1:1 cannot be left or managed.</summary>
    public const string NotAGroup = "not_a_group";

    /// <summary>The group already has the most members it may.</summary>
    public const string TooManyMembers = "too_many_members";

    /// <summary>The group's only admin cannot give up the role.</summary>
    public const string LastAdmin = "last_admin";

    /// <summary>Only a message request can be declined.</summary>
    public const string NotARequest = "not_a_request";
}
