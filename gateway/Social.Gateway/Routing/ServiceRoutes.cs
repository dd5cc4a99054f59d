namespace Social.Gateway.Routing;

/// <summary>What one service owns at the gateway: public JSON path patterns and gRPC service full names.</summary>
/// <param name="Service">The Aspire resource name; also the service-discovery name of its endpoints.</param>
/// <param name="JsonPaths">ASP.NET Core route patterns of the transcoded JSON API, served by the service's http endpoint.</param>
/// <param name="GrpcServices">Full names (<c>package.Service</c>) passed through to the service's grpc endpoint.</param>
internal sealed record ServiceRoutes(string Service, IReadOnlyList<string> JsonPaths, IReadOnlyList<string> GrpcServices)
{
    /// <summary>OAuth 2.0 endpoints: forwarded as they are (form bodies, RFC 6749 error bodies), without a token.</summary>
    public IReadOnlyList<string> OAuthPaths { get; init; } = [];

    /// <summary>The JSON paths among <see cref="JsonPaths"/> that need no access token (signing up).</summary>
    public IReadOnlySet<string> PublicJsonPaths { get; init; } = new HashSet<string>();

    /// <summary>
    /// Server-Sent Events paths (GET). They pass without a token at the gateway: the service admits a bearer token or a
    /// single-use ticket in the query (a browser's EventSource cannot send a header) and refuses anything else.
    /// A token that is sent is still checked here first.
    /// </summary>
    public IReadOnlyList<string> StreamPaths { get; init; } = [];

    /// <summary>gRPC methods (<c>package.Service/Method</c>) that need no access token; every other one does.</summary>
    public IReadOnlyList<string> PublicGrpcMethods { get; init; } = [];
}
