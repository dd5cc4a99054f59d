using System.Net;
using System.Net.Sockets;

namespace Social.Gateway.RateLimiting;

/// <summary>
/// The per-address partition key: the connection's remote address, which behind a listed load balancer is the client
/// address its X-Forwarded-For names (see <see cref="Forwarding.ForwardedHeadersExtensions"/>).
/// </summary>
internal static class ClientAddress
{
    /// <summary>No address (an in-memory host): all such requests share one budget.</summary>
    public const string Unknown = "unknown";

    public static string KeyOf(IPAddress? address)
    {
        if (address is null)
        {
            return Unknown;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        // An IPv6 subscriber is routinely given a whole /64 and may use any address in it: per address, one client
        // would get 2^64 budgets. The /64 prefix is the client.
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return $"{new IPAddress(bytes)}/64";
    }
}
