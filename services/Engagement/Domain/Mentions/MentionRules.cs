using System.Text.RegularExpressions;
using Social.Contracts.Settings;
using Social.Engagement.Domain.Access;
using Social.KnownUsers;
using Social.Relationships;

namespace Social.Engagement.Domain.Mentions;

/// <summary>
/// Which <c>@handle</c>s in a text are mentions, and which of them link. A mention links only a user whose
/// <c>whoCanMention</c> admits the author, with no block either way; anyone else stays plain text, and nobody is told.
/// </summary>
public static partial class MentionRules
{
    public const int MaxMentions = 20;

    /// <summary>
    /// The <c>@handle</c>s written in <paramref name="text"/>, in order, each handle once (its first place), at most
    /// <see cref="MaxMentions"/>. A handle is 3–30 of <c>a-z 0-9 . _</c> and never ends with a dot, so "@ana." at the
    /// end of a sentence names "ana"; an <c>@</c> inside a word (an e-mail address) names nobody.
    /// </summary>
    public static IReadOnlyList<MentionCandidate> Find(string text)
    {
        var found = new List<MentionCandidate>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in HandlePattern().Matches(text))
        {
            var handle = match.Groups["handle"].Value.TrimEnd('.').ToLowerInvariant();
            if (handle.Length >= 3 && seen.Add(handle))
            {
                found.Add(new MentionCandidate(handle, match.Index, handle.Length + 1));
                if (found.Count == MaxMentions)
                {
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>Whether a mention of <paramref name="mentionedId"/> by <paramref name="authorId"/> links (naming oneself always does).</summary>
    public static bool Links(Guid authorId, Guid mentionedId, Relationship withMentioned, UserSettings mentionedSettings) =>
        authorId == mentionedId
        || (!withMentioned.BlockedEitherWay
            && Audiences.Admits(mentionedSettings.WhoCanMention, withMentioned.Following, withMentioned.FollowedBy));

    [GeneratedRegex(@"(?<![A-Za-z0-9._@])@(?<handle>[A-Za-z0-9._]{3,30})(?![A-Za-z0-9_])", RegexOptions.CultureInvariant)]
    private static partial Regex HandlePattern();
}
