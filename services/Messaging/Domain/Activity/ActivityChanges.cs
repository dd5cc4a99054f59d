using Social.Messaging.Domain.Stream;
using Social.Messaging.Storage;

namespace Social.Messaging.Domain.Activity;

/// <summary>
/// The inbox changes of one transaction, told to each recipient's live stream in that same transaction: an
/// <c>activity</c> event per entry changed, then, for each recipient whose unseen count moved, the stored counter
/// adjusted and one <c>badges</c> event with the numbers as they now are. One wake-up notice names every recipient,
/// however many events the transaction applied.
/// </summary>
public sealed class ActivityChanges(IMessagingTransaction transaction)
{
    private readonly StreamFanOut _stream = new(transaction);
    private readonly List<(Guid RecipientId, Guid ActivityId, string Change)> _entries = [];
    private readonly Dictionary<Guid, long> _unseen = [];

    public void Entry(Guid recipientId, Guid activityId, string change, long unseenDelta)
    {
        _entries.Add((recipientId, activityId, change));
        Unseen(recipientId, unseenDelta);
    }

    public void Unseen(Guid recipientId, long delta) => _unseen[recipientId] = _unseen.GetValueOrDefault(recipientId) + delta;

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var told = _entries
            .Select(e => (e.RecipientId, new StreamItem(StreamEventTypes.Activity, Guid.Empty, MessageId: e.ActivityId, Change: e.Change)))
            .ToList();
        foreach (var (recipientId, delta) in _unseen.Where(u => u.Value != 0))
        {
            var badges = BadgeRules.Shown(await transaction.AdjustBadgesAsync(recipientId, 0, 0, delta, cancellationToken));
            told.Add((recipientId, new StreamItem(StreamEventTypes.Badges, Guid.Empty, Badges: badges)));
        }

        await _stream.ToUsersAsync(told, cancellationToken);

        _entries.Clear();
        _unseen.Clear();
    }
}
