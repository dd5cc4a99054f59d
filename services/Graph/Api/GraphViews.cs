using Google.Protobuf.WellKnownTypes;
using Relationship = Social.Graph.Domain.Relationships.Relationship;
using Social.Contracts.Graph.V1;
using Social.Graph.Domain.Edges;
using Social.ServiceDefaults.Grpc;
using Social.ServiceDefaults.Validation;

namespace Social.Graph.Api;

/// <summary>Domain values to the contract's messages.</summary>
internal static class GraphViews
{
    /// <summary>A list page; a user Profile no longer has (deleted a moment ago) keeps Graph's handle and shows no name or avatar.</summary>
    public static UserPage Page(ShownEdgePage shown)
    {
        var (page, profiles) = shown;
        var view = new UserPage();
        view.Items.AddRange(page.Items.Select(edge =>
        {
            var profile = profiles.GetValueOrDefault(edge.UserId);
            var item = new UserEdge
            {
                UserId = edge.UserId.ToString(),
                Handle = profile?.Handle ?? edge.Handle,
                DisplayName = profile?.DisplayName ?? string.Empty,
                AvatarUrl = profile?.AvatarUrl ?? string.Empty,
                Since = Timestamp.FromDateTimeOffset(edge.Since),
            };
            if (edge.ExpiresAt is { } expiresAt)
            {
                item.ExpiresAt = Timestamp.FromDateTimeOffset(expiresAt);
            }

            return item;
        }));
        if (page.Next is { } next)
        {
            view.NextCursor = Paging.EncodeCursor(next.ToString());
        }

        return view;
    }

    public static RelationshipList Relationships(IEnumerable<Relationship> relationships)
    {
        var list = new RelationshipList();
        list.Items.AddRange(relationships.Select(r => new Contracts.Graph.V1.Relationship
        {
            UserId = r.UserId.ToString(),
            Following = r.Following,
            FollowedBy = r.FollowedBy,
            Requested = r.Requested,
            Blocking = r.Blocking,
            BlockedBy = r.BlockedBy,
            Muting = r.Muting,
            CloseFriend = r.CloseFriend,
            InTheirCloseFriends = r.InTheirCloseFriends,
        }));
        return list;
    }

    /// <summary>The caller's own view of their relationships: whether someone blocks them is never told.</summary>
    public static MyRelationshipList MyRelationships(IEnumerable<Relationship> relationships)
    {
        var list = new MyRelationshipList();
        list.Items.AddRange(relationships.Select(r => new MyRelationship
        {
            UserId = r.UserId.ToString(),
            Following = r.Following,
            FollowedBy = r.FollowedBy,
            Requested = r.Requested,
            Blocking = r.Blocking,
            Muting = r.Muting,
            CloseFriend = r.CloseFriend,
        }));
        return list;
    }

    /// <summary>The edge id a list cursor stands for; null for the first page.</summary>
    public static Guid? After(string? cursor) =>
        Paging.DecodeCursor(cursor) is { } position
            ? Guid.TryParse(position, out var edgeId) ? edgeId : Invalid()
            : null;

    private static Guid? Invalid()
    {
        RpcErrors.ThrowInvalidArgument([new FieldViolation("cursor", "This cursor is not valid; pass back the nextCursor of the previous page.")]);
        return null;
    }
}
