using MongoDB.Bson.Serialization.Attributes;
using Social.Contracts.Settings;

namespace Social.Profile.Storage.MongoDb;

/// <summary>A profile with its event-fed counters: <c>_id</c> is the user id; the handle has a unique index.</summary>
internal sealed class ProfileDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string Handle { get; init; }

    public required string DisplayName { get; init; }

    /// <summary>Lower-cased display name, indexed for prefix search.</summary>
    public string DisplayNameLower { get; init; } = string.Empty;

    public string Bio { get; init; } = string.Empty;

    public string? AvatarUrl { get; init; }

    public List<string> Links { get; init; } = [];

    public string Pronouns { get; init; } = string.Empty;

    public bool IsPrivate { get; init; }

    /// <summary>The sum of the followers of <see cref="FollowCounts"/>, kept beside it so a read needs no sum.</summary>
    public long FollowersCount { get; init; }

    /// <summary>The sum of the following of <see cref="FollowCounts"/>.</summary>
    public long FollowingCount { get; init; }

    /// <summary>
    /// Version of the follow counts applied before they had shards; absent on documents written before it existed
    /// (read as 0). Read only while <see cref="FollowCounts"/> is absent.
    /// </summary>
    public long FollowCountsVersion { get; init; }

    /// <summary>The shards of follow counts at Graph's versions; absent on documents written before them.</summary>
    public List<FollowCountsShardDocument>? FollowCounts { get; init; }

    /// <summary>The sum of <see cref="LikesReceived"/>, kept beside it so a read needs no sum.</summary>
    public long LikesCount { get; init; }

    /// <summary>The shards of likes received at Engagement's versions; absent on documents written before them.</summary>
    public List<LikesReceivedShardDocument>? LikesReceived { get; init; }

    public string WhoCanMessage { get; init; } = Audiences.Everyone;

    public string WhoCanComment { get; init; } = Audiences.Everyone;

    public string WhoCanMention { get; init; } = Audiences.Everyone;

    public string WhoCanTag { get; init; } = Audiences.Everyone;

    public bool ReadReceipts { get; init; } = true;
}
