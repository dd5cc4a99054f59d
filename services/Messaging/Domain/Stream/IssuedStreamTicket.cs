namespace Social.Messaging.Domain.Stream;

/// <summary>A ticket as its owner gets it: shown once, stored only as a hash.</summary>
public sealed record IssuedStreamTicket(string Ticket, TimeSpan ExpiresIn);
