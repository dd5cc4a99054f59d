using System.Security.Cryptography;
using System.Text;

namespace Social.ServiceDefaults.Validation;

/// <summary>
/// Client-supplied <c>Idempotency-Key</c>s, the same for every creating request of the API: 1–255 printable ASCII
/// characters (a UUID is typical), stored with a fingerprint of the request they first came with, so that a retry gets
/// the first result and a key reused for another request is refused.
/// </summary>
public static class IdempotencyKeys
{
    public const int MaxLength = 255;

    /// <summary>The header that carries the key (gRPC metadata keys are lower case).</summary>
    public const string Header = "idempotency-key";

    /// <summary>The field name the key's violation is reported under.</summary>
    public const string Field = "Idempotency-Key";

    public static string? Check(string key) =>
        key.Length is 0 or > MaxLength || key.Any(c => c is < '!' or > '~')
            ? $"An idempotency key has 1 to {MaxLength} printable ASCII characters."
            : null;

    /// <summary>
    /// What makes two requests "the same request" for a retry: the fields that decide the result, never a secret
    /// (a sign-up's password is deliberately not part of it).
    /// </summary>
    public static string Fingerprint(params string?[] fields) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', fields.Select(f => f ?? "\0")))));

    /// <summary>What a key already stored with <paramref name="storedFingerprint"/> means for a request with <paramref name="fingerprint"/>.</summary>
    public static IdempotentReplay Replay(string? storedFingerprint, string fingerprint) => storedFingerprint switch
    {
        null => IdempotentReplay.FirstTime,
        _ when storedFingerprint == fingerprint => IdempotentReplay.SameRequest,
        _ => IdempotentReplay.KeyReused,
    };
}
