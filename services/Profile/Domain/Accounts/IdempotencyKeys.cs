using System.Security.Cryptography;
using System.Text;

namespace Social.Profile.Domain.Accounts;

/// <summary>Rules for client-supplied idempotency keys: 1–255 printable ASCII characters (a UUID is typical).</summary>
public static class IdempotencyKeys
{
    public const int MaxLength = 255;

    public static string? Check(string key) =>
        key.Length is 0 or > MaxLength || key.Any(c => c is < '!' or > '~')
            ? $"An idempotency key has 1 to {MaxLength} printable ASCII characters."
            : null;

    /// <summary>What makes two sign-ups "the same request" for a retry (the password is deliberately not kept).</summary>
    public static string Fingerprint(string handle, string displayName) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(handle + "\n" + displayName)));
}
