using MongoDB.Driver;

namespace Social.Messaging.Storage.MongoDb;

/// <summary>Reads the activity inbox's store and transaction share on MongoDB.</summary>
internal static class MongoActivityReads
{
    /// <summary>A user's unlocked conversations per folder and mute: one range of their member documents.</summary>
    public static async Task<IReadOnlyList<UnreadTally>> TalliesAsync(MessagingCollections collections, IClientSessionHandle? session, Guid userId, CancellationToken cancellationToken)
    {
        var id = userId.ToString();
        var filter = Builders<MemberDocument>.Filter.Where(m => m.UserId == id && !m.Locked);
        var find = session is null ? collections.Members.Find(filter) : collections.Members.Find(session, filter);
        var members = await find.Project(m => new { m.Folder, m.Muted, m.UnreadCount }).ToListAsync(cancellationToken);
        return [.. members.GroupBy(m => (m.Folder, m.Muted)).Select(g => new UnreadTally(g.Key.Folder, g.Key.Muted, g.Count(), g.Sum(m => m.UnreadCount)))];
    }
}
