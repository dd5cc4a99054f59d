using Social.Story.Domain.Replies;

namespace Social.FunctionalTests.Storage;

/// <summary>
/// Messaging's answers for Story's conformance tests: a message per (sender, client message id), the same one again for
/// a retry, as Messaging's <c>SendMessage</c> does; none between users the test separated.
/// </summary>
internal sealed class FakeDirectMessages(TimeProvider clock) : IDirectMessages
{
    private readonly Dictionary<(Guid Sender, string ClientMessageId), DirectMessage> _sent = [];
    private readonly HashSet<(Guid, Guid)> _separated = [];
    private readonly Dictionary<(Guid, Guid), Guid> _conversations = [];

    public IReadOnlyCollection<DirectMessage> Sent => _sent.Values;

    public void Separate(Guid one, Guid other) => _separated.Add((one, other));

    public Task<(DirectMessage Message, bool Created)?> SendAsync(
        Guid sender, Guid recipient, string clientMessageId, string text, Guid storyId, CancellationToken cancellationToken)
    {
        if (_separated.Contains((sender, recipient)) || _separated.Contains((recipient, sender)))
        {
            return Task.FromResult<(DirectMessage, bool)?>(null);
        }

        if (_sent.TryGetValue((sender, clientMessageId), out var first))
        {
            return Task.FromResult<(DirectMessage, bool)?>((first, false));
        }

        var message = new DirectMessage(Guid.CreateVersion7(), ConversationOf(sender, recipient), _sent.Count + 1, sender, text, storyId, clock.GetUtcNow(), null, false, []);
        _sent[(sender, clientMessageId)] = message;
        return Task.FromResult<(DirectMessage, bool)?>((message, true));
    }

    /// <summary>One conversation per pair, whoever starts it.</summary>
    private Guid ConversationOf(Guid one, Guid other)
    {
        var pair = one.CompareTo(other) < 0 ? (one, other) : (other, one);
        if (!_conversations.TryGetValue(pair, out var id))
        {
            _conversations[pair] = id = Guid.CreateVersion7();
        }

        return id;
    }
}
