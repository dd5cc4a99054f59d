namespace Social.Engagement.Domain.Likes;

/// <summary>
/// One shard of the likes received on <paramref name="OwnerId"/>'s content, as stored, with the version its last
/// change gave it (each change adds one, so Profile keeps the newest it has seen).
/// </summary>
public sealed record LikesReceived(Guid OwnerId, int Shard, long Likes, long Version);
