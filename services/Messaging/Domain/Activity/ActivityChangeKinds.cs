namespace Social.Messaging.Domain.Activity;

/// <summary>The <c>change</c> of an <c>activity</c> stream event.</summary>
public static class ActivityChangeKinds
{
    public const string Added = "added";

    public const string Updated = "updated";

    public const string Removed = "removed";
}
