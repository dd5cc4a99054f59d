namespace Social.Graph.Api;

/// <summary>Error codes of the graph endpoints, beside the shared ones.</summary>
internal static class GraphErrorCodes
{
    /// <summary>A private account's lists, asked for by someone who does not follow it.</summary>
    public const string PrivateAccount = "private_account";

    /// <summary>Following someone the caller blocks: unblock first.</summary>
    public const string Blocking = "blocking";
}
