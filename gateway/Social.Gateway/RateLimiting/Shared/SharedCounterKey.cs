using System.Security.Cryptography;
using System.Text;

namespace Social.Gateway.RateLimiting.Shared;

/// <summary>
/// The Redis keys of the shared counters. What a client controls (a sign-in handle, an address, a token subject) never
/// appears in a key: it is hashed with the limit's name, so no input can reach another limit's or another client's key,
/// nor make a key long. SHA-256, not a faster hash, because a collision crafted on purpose would spend someone else's
/// budget.
/// </summary>
internal static class SharedCounterKey
{
    public const string Prefix = "social:gateway:";

    /// <summary>The counter of <paramref name="key"/> under the limit <paramref name="limitName"/> in window number <paramref name="window"/>.</summary>
    public static string Window(string limitName, string key, long window) =>
        $"{Prefix}window:{window}:{Hash(limitName, key)}";

    /// <summary>The sorted set of open-stream leases of <paramref name="key"/> (a user or an address).</summary>
    public static string OpenStreams(string key) => $"{Prefix}streams:{Hash("open streams", key)}";

    private static string Hash(string scope, string key)
    {
        // The NUL cannot occur in a limit's name, so (scope, key) pairs cannot run into each other.
        var input = Encoding.UTF8.GetBytes($"{scope}\0{key}");
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(input, digest);
        // 128 bits are plenty against collisions and keep keys short.
        return Convert.ToHexStringLower(digest[..16]);
    }
}
