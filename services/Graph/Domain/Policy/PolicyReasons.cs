namespace Social.Graph.Domain.Policy;

/// <summary>The reason codes of <c>Check</c>: stable strings other services may branch on.</summary>
public static class PolicyReasons
{
    public const string Allowed = "allowed";
    public const string NotFound = "not_found";
    public const string Self = "self";
    public const string Blocked = "blocked";
    public const string BlockedByTarget = "blocked_by_target";
    public const string PrivateAccount = "private_account";
    public const string Setting = "setting";
}
