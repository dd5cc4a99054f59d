namespace Social.Gateway.Routing;

/// <summary>Who may call a route through the gateway; stored in the YARP route metadata.</summary>
internal enum RouteAccess
{
    /// <summary>A caller with a valid access token only: what every route is unless it is named public.</summary>
    User,

    /// <summary>Anyone: signing up, OAuth and discovery, event streams (which the service admits by ticket or token).</summary>
    Anyone,
}
