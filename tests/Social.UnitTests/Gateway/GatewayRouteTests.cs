using Social.Gateway.Routing;
using Yarp.ReverseProxy.Configuration;

namespace Social.UnitTests.Gateway;

/// <summary>
/// Who may call each proxied route is read from its metadata once, when its endpoint is built: every route needs a
/// valid access token unless it is named public, and a route whose metadata says otherwise, or nothing, still does.
/// </summary>
public sealed class GatewayRouteTests
{
    private static readonly IReadOnlyList<RouteConfig> Routes = ProxyConfigFactory.CreateRoutes(RouteTable.Services);

    public static TheoryData<string> PublicRoutes => new(
        "profile:Json:/api/v1/accounts",
        "profile:OAuth:/connect/{**rest}",
        "profile:OAuth:/.well-known/{**rest}",
        "profile:Grpc:/social.profile.v1.ProfileService/CreateAccount",
        "messaging:Stream:/api/v1/stream");

    [Fact]
    public void Only_signing_up_oauth_discovery_and_event_streams_are_open_without_a_token()
    {
        var open = Routes.Where(route => GatewayRoute.From(route).Access == RouteAccess.Anyone).Select(route => route.RouteId);

        Assert.Equal(PublicRoutes.Select(row => row.Data).Order(StringComparer.Ordinal), open.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_route_carries_its_kind_and_no_yarp_authorization_policy()
    {
        Assert.All(Routes, route =>
        {
            Assert.Null(route.AuthorizationPolicy);
            Assert.Equal(RouteMetadata.KindOf(route.Metadata), GatewayRoute.From(route).Kind);
        });
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("anyone")]
    [InlineData("Anonymous")]
    [InlineData("User")]
    public void Access_metadata_other_than_exactly_anyone_needs_a_user(string? access)
    {
        var metadata = new Dictionary<string, string> { [RouteMetadata.KindKey] = nameof(RouteKind.Json) };
        if (access is not null)
        {
            metadata[RouteMetadata.AccessKey] = access;
        }

        var route = GatewayRoute.From(new RouteConfig { RouteId = "r", Metadata = metadata });

        Assert.Equal(RouteAccess.User, route.Access);
    }

    [Fact]
    public void A_route_without_a_kind_is_refused_when_its_endpoint_is_built() =>
        Assert.Throws<InvalidOperationException>(() => GatewayRoute.From(new RouteConfig { RouteId = "r" }));
}
