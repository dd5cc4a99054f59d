namespace Social.Graph.Api;

/// <summary>Error codes of the graph endpoints, beside the shared ones.</summary>
internal static class GraphErrorCodes
{
    /// <summary>Following someone the caller blocks: unblock first.</summary>
    public const string Blocking = "blocking";
}
