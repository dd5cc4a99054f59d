using Social.Engagement.Domain.Access;
using Social.Engagement.Storage;
using Social.Relationships;

namespace Social.Engagement.Domain.Mentions;

/// <summary>
/// Resolves the mentions of a text when it is written: handles to known users, then one Graph call for all of them
/// (none when the text names nobody), each decided by <see cref="MentionRules.Links"/>.
/// </summary>
public sealed class MentionResolver(IEngagementStore store, Viewers viewers)
{
    public async Task<IReadOnlyList<Mention>> ResolveAsync(Guid authorId, string text, CancellationToken cancellationToken)
    {
        var candidates = MentionRules.Find(text);
        if (candidates.Count == 0)
        {
            return [];
        }

        var users = (await store.FindUsersByHandlesAsync([.. candidates.Select(c => c.Handle)], cancellationToken)).ToDictionary(u => u.Handle, StringComparer.Ordinal);
        var relationships = await viewers.RelationshipsAsync(authorId, [.. users.Values.Select(u => u.UserId)], cancellationToken);
        var mentions = new List<Mention>();
        foreach (var candidate in candidates)
        {
            if (users.TryGetValue(candidate.Handle, out var user)
                && MentionRules.Links(
                    authorId, user.UserId, relationships.GetValueOrDefault(user.UserId, Relationship.None), await store.GetSettingsAsync(user.UserId, cancellationToken)))
            {
                mentions.Add(new Mention(user.UserId, user.Handle, candidate.Start, candidate.Length));
            }
        }

        return mentions;
    }
}
