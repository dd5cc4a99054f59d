using MongoDB.Driver;
using Social.KnownUsers.MongoDb;

namespace Social.Graph.Storage.MongoDb;

/// <summary>Graph's collections in the service's database (the users are the known-users component's).</summary>
internal sealed class GraphCollections(IMongoDatabase database)
{
    public const string FollowsName = "follows";
    public const string FollowRequestsName = "follow_requests";
    public const string BlocksName = "blocks";
    public const string MutesName = "mutes";
    public const string CloseFriendsName = "close_friends";
    public const string CountsName = "follow_counts";
    public const string FanOutsName = "fan_outs";
    public const string PairClaimsName = "pair_claims";

    public IMongoCollection<KnownUserDocument> Users { get; } = database.GetCollection<KnownUserDocument>(KnownUserDocument.Collection);

    public IMongoCollection<FollowDocument> Follows { get; } = database.GetCollection<FollowDocument>(FollowsName);

    public IMongoCollection<FollowRequestDocument> FollowRequests { get; } = database.GetCollection<FollowRequestDocument>(FollowRequestsName);

    public IMongoCollection<BlockDocument> Blocks { get; } = database.GetCollection<BlockDocument>(BlocksName);

    public IMongoCollection<MuteDocument> Mutes { get; } = database.GetCollection<MuteDocument>(MutesName);

    public IMongoCollection<CloseFriendDocument> CloseFriends { get; } = database.GetCollection<CloseFriendDocument>(CloseFriendsName);

    public IMongoCollection<FollowCountsDocument> Counts { get; } = database.GetCollection<FollowCountsDocument>(CountsName);

    public IMongoCollection<FanOutDocument> FanOuts { get; } = database.GetCollection<FanOutDocument>(FanOutsName);

    public IMongoCollection<PairClaimDocument> PairClaims { get; } = database.GetCollection<PairClaimDocument>(PairClaimsName);
}
