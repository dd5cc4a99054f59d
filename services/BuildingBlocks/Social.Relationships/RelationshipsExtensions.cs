using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Social.Contracts.Graph.V1;
using Social.ServiceDefaults;
using Social.ServiceDefaults.Auth;

namespace Social.Relationships;

public static class RelationshipsExtensions
{
    /// <summary>
    /// Graph's relationships for a service that asks who may see or reach whom: <see cref="GraphRelationships"/> over
    /// Graph's internal <c>GetRelationships</c> (this service's client credentials), batched by the hundred.
    /// </summary>
    public static IHostApplicationBuilder AddGraphRelationships(this IHostApplicationBuilder builder)
    {
        builder.AddInternalGrpcClient<GraphService.GraphServiceClient>(ResourceNames.Graph);
        builder.Services.TryAddSingleton<IRelationshipSource, GraphRelationshipSource>();
        builder.Services.TryAddSingleton<GraphRelationships>();
        return builder;
    }

    /// <summary>
    /// <see cref="AddGraphRelationships"/> and everyone a user follows, from Graph's internal <c>ListFollowingIds</c>
    /// (<see cref="GraphFollowing"/>), over the same client (registered once: its credentials are added once).
    /// </summary>
    public static IHostApplicationBuilder AddGraphRelationshipsAndFollowing(this IHostApplicationBuilder builder)
    {
        builder.AddGraphRelationships();
        builder.Services.TryAddSingleton<IFollowingSource, GraphFollowingSource>();
        builder.Services.TryAddSingleton<GraphFollowing>();
        return builder;
    }

    /// <summary>
    /// <see cref="AddGraphRelationships"/> and a user's followers, counted and paged (<see cref="IFollowerSource"/>, over
    /// Graph's internal <c>GetUser</c> and <c>ListFollowerIds</c>): what a fan-out to followers needs.
    /// </summary>
    public static IHostApplicationBuilder AddGraphFollowers(this IHostApplicationBuilder builder)
    {
        builder.AddGraphRelationships();
        builder.Services.TryAddSingleton<IFollowerSource, GraphFollowerSource>();
        return builder;
    }
}
