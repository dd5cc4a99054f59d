using System.Security.Cryptography;
using System.Text;

namespace Social.Messaging.Domain.Stream;

/// <summary>
/// Stream tickets: a browser's EventSource cannot send an Authorization header and tokens never go in URLs, so a
/// signed-in client trades its token for a random ticket that opens its own stream once, within
/// <see cref="Lifetime"/>. Only the ticket's hash is stored: the database never holds a usable ticket.
/// </summary>
public static class StreamTicketRules
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>256 random bits, URL-safe.</summary>
    public static string NewTicket() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string ticket) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ticket)));

    /// <summary>Whether a ticket issued to <paramref name="owner"/> until <paramref name="expiresAt"/> opens the stream of <paramref name="caller"/> (null: a caller without a token) now.</summary>
    public static bool Admits(Guid owner, DateTimeOffset expiresAt, Guid? caller, DateTimeOffset now) =>
        now < expiresAt && (caller is null || caller == owner);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
