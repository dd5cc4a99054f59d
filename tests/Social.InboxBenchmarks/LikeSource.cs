using Social.Contracts.Events;

namespace Social.InboxBenchmarks;

/// <summary>
/// Likes of one owner's items, each a (liker, item) pair not used before, so that every event is a new like that the
/// inbox must apply (a repeated pair would be a duplicate, which costs less).
/// </summary>
internal sealed class LikeSource(Guid ownerId, IReadOnlyList<Guid> items, IReadOnlyList<Guid> likers)
{
    private readonly Lock _gate = new();
    private int _next;

    public ContentLiked Next()
    {
        int n;
        lock (_gate)
        {
            n = _next++;
        }

        if (n >= items.Count * likers.Count)
        {
            throw new BenchmarkFailedException("The run used every (liker, item) pair: give it more likers.");
        }

        // Item first, so that consecutive likes spread over all the items, as a celebrity's do.
        return new ContentLiked { ContentId = items[n % items.Count], OwnerId = ownerId, UserId = likers[n / items.Count], At = DateTimeOffset.UtcNow };
    }
}
