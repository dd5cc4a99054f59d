using Social.Messaging.Storage;

namespace Social.Messaging.Domain.Stream;

/// <summary>
/// Tickets that open a user's stream without an Authorization header (<see cref="StreamTicketRules"/>). They live in
/// the service's database, so any replica redeems what another issued; redeeming deletes the ticket in one
/// statement, so of two racing uses only one finds it.
/// </summary>
public sealed class StreamTickets(IMessagingStore store, TimeProvider clock)
{
    public async Task<IssuedStreamTicket> IssueAsync(Guid userId, CancellationToken cancellationToken)
    {
        var ticket = StreamTicketRules.NewTicket();
        await store.WriteAsync(
            async (transaction, ct) =>
            {
                await transaction.InsertStreamTicketAsync(new StoredStreamTicket(StreamTicketRules.Hash(ticket), userId, transaction.At + StreamTicketRules.Lifetime), ct);
                return true;
            },
            cancellationToken);
        return new IssuedStreamTicket(ticket, StreamTicketRules.Lifetime);
    }

    /// <summary>
    /// Uses the ticket up and answers whose stream it opens; null when it is unknown, used, expired, or issued to
    /// someone other than <paramref name="caller"/> (a caller who also sent a token). A refused ticket is used up too.
    /// </summary>
    public async Task<Guid?> RedeemAsync(string ticket, Guid? caller, CancellationToken cancellationToken)
    {
        var taken = await store.WriteAsync((transaction, ct) => transaction.TakeStreamTicketAsync(StreamTicketRules.Hash(ticket), ct), cancellationToken);
        return taken is not null && StreamTicketRules.Admits(taken.UserId, taken.ExpiresAt, caller, clock.GetUtcNow()) ? taken.UserId : null;
    }
}
