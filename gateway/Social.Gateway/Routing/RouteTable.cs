using Social.ServiceDefaults;

namespace Social.Gateway.Routing;

/// <summary>
/// The one table the gateway's routes and clusters are generated from (see <c>api.md</c> for the public paths).
/// A catch-all <c>{**rest}</c> also matches the bare path, so <c>/api/v1/me/blocks/{**rest}</c> covers the list
/// <c>/api/v1/me/blocks</c> too. Overlaps resolve by ASP.NET Core route precedence: a literal segment beats a
/// catch-all, so the longer, more specific pattern wins without explicit ordering. Every route needs a valid access
/// token except the OAuth endpoints and the public paths and methods named here.
/// </summary>
internal static class RouteTable
{
    public static IReadOnlyList<ServiceRoutes> Services { get; } =
    [
        new(
            ResourceNames.Profile,
            [
                "/api/v1/accounts",
                "/api/v1/profiles",
                "/api/v1/profiles/{**rest}",
                "/api/v1/profiles:search",
                "/api/v1/me",
                "/api/v1/me/password",
            ],
            ["social.profile.v1.ProfileService"])
        {
            // The discovery document and key set: what any validator of the suite's tokens reads.
            OAuthPaths = ["/connect/{**rest}", "/.well-known/{**rest}"],
            PublicJsonPaths = new HashSet<string> { "/api/v1/accounts" },
            PublicGrpcMethods = ["social.profile.v1.ProfileService/CreateAccount"],
        },
        new(
            ResourceNames.Graph,
            [
                "/api/v1/me/following/{**rest}",
                "/api/v1/me/followers/{**rest}",
                "/api/v1/me/follow-requests/{**rest}",
                "/api/v1/me/blocks/{**rest}",
                "/api/v1/me/mutes/{**rest}",
                "/api/v1/me/close-friends/{**rest}",
                "/api/v1/me/relationships",
                "/api/v1/users/{**rest}",
            ],
            ["social.graph.v1.GraphService"]),
        new(
            ResourceNames.Engagement,
            [
                "/api/v1/content/{**rest}",
                "/api/v1/comments/{**rest}",
                // A parameter segment beats Graph's catch-all /api/v1/users/{**rest}.
                "/api/v1/users/{userId}/content",
                "/api/v1/users/{userId}/tagged",
            ],
            ["social.engagement.v1.EngagementService"]),
        new(
            ResourceNames.Story,
            [
                "/api/v1/stories/{**rest}",
                "/api/v1/stories:tray",
                "/api/v1/me/stories:archive",
                "/api/v1/me/highlights/{**rest}",
                // A parameter segment beats Graph's catch-all /api/v1/users/{**rest}.
                "/api/v1/users/{userId}/stories",
                "/api/v1/users/{userId}/highlights",
            ],
            ["social.story.v1.StoryService"]),
        new(
            ResourceNames.Messaging,
            ["/api/v1/conversations/{**rest}", "/api/v1/inbox/{**rest}", "/api/v1/me/badges", "/api/v1/stream/tickets"],
            ["social.messaging.v1.MessagingService"])
        {
            StreamPaths = ["/api/v1/stream"],
        },
    ];
}
