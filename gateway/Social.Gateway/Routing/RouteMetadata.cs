namespace Social.Gateway.Routing;

/// <summary>
/// Writes and reads the <see cref="RouteKind"/> and <see cref="RouteAccess"/> carried in YARP route metadata (strings),
/// which the gateway reads when it builds its endpoints and transforms, not per request (see <see cref="GatewayRoute"/>).
/// </summary>
internal static class RouteMetadata
{
    public const string KindKey = "Social.RouteKind";
    public const string AccessKey = "Social.RouteAccess";

    public static Dictionary<string, string> For(RouteKind kind, RouteAccess access) =>
        new() { [KindKey] = kind.ToString(), [AccessKey] = access.ToString() };

    public static RouteKind? KindOf(IReadOnlyDictionary<string, string>? metadata) =>
        metadata is not null && metadata.TryGetValue(KindKey, out var value) && Enum.TryParse<RouteKind>(value, out var kind)
            ? kind
            : null;

    /// <summary>Fails closed: only a route that says exactly <see cref="RouteAccess.Anyone"/> is open without a token.</summary>
    public static RouteAccess AccessOf(IReadOnlyDictionary<string, string>? metadata) =>
        metadata is not null && metadata.TryGetValue(AccessKey, out var value) && value == nameof(RouteAccess.Anyone)
            ? RouteAccess.Anyone
            : RouteAccess.User;
}
