using System.Globalization;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Social.Profile.Identity;

/// <summary>
/// The keys of one purpose (signing or encryption) kept in the keys directory, each with the instant it takes over:
/// <c>{name}.pem</c> has always been in use, <c>{name}.{yyyyMMddTHHmmssZ}.pem</c> takes over at that UTC instant.
/// <para>
/// Rotation without a sign-out: a new key is added ahead of its instant, so every instance and every validator
/// publishes or knows it before anything is signed with it; at the instant every instance switches at once, without a
/// restart; the old key stays until nothing it protected can still be valid (access-token lifetime for signing keys,
/// refresh-token lifetime for encryption keys), and is then removed by the operator.
/// </para>
/// </summary>
internal sealed class KeyRing
{
    private const string StampFormat = "yyyyMMdd'T'HHmmss'Z'";

    private KeyRing(string name, IReadOnlyList<RingKey> keys)
    {
        Name = name;
        Keys = keys;
    }

    public string Name { get; }

    /// <summary>Every key of the ring, oldest instant first.</summary>
    public IReadOnlyList<RingKey> Keys { get; }

    /// <summary>
    /// Reads the ring. With <paramref name="createIfEmpty"/> a first key is created when there is none (a laptop, a
    /// test); without it, an empty ring stops the start: replicas on separate disks would each make their own key.
    /// </summary>
    public static KeyRing Load(string directory, string name, bool createIfEmpty)
    {
        if (!FilesOf(directory, name).Any())
        {
            if (!createIfEmpty)
            {
                throw new InvalidOperationException(
                    $"No {name} key in '{directory}'. Provision one ({name}.pem, an RSA private key in PEM) before starting, " +
                    "or set Identity:CreateMissingKeys to true to let the first instance create it.");
            }

            PersistentKeys.CreateIfMissing(directory, name);
        }

        var keys = FilesOf(directory, name)
            .Select(path => new RingKey(Read(path), ActiveFrom(path, name)))
            .OrderBy(key => key.ActiveFrom)
            .ToList();
        var clash = keys.GroupBy(key => key.ActiveFrom).FirstOrDefault(group => group.Count() > 1);
        if (clash is not null)
        {
            throw new InvalidOperationException($"Two {name} keys in '{directory}' take over at the same instant ({clash.Key:O}).");
        }

        return new KeyRing(name, keys);
    }

    /// <summary>The key in use at <paramref name="now"/>: the newest whose instant has come.</summary>
    public RingKey CurrentAt(DateTimeOffset now)
    {
        var current = Keys.LastOrDefault(key => key.ActiveFrom <= now);
        return current ?? throw new InvalidOperationException(
            $"No {Name} key is in use yet at {now:O}: the earliest takes over at {Keys[0].ActiveFrom:O}.");
    }

    private static IEnumerable<string> FilesOf(string directory, string name) =>
        Directory.Exists(directory) ? Directory.EnumerateFiles(directory, name + ".*pem").Where(path => path.EndsWith(".pem", StringComparison.Ordinal)) : [];

    private static DateTimeOffset ActiveFrom(string path, string name)
    {
        var fileName = Path.GetFileName(path);
        if (fileName == name + ".pem")
        {
            return DateTimeOffset.MinValue;
        }

        var stamp = fileName[(name.Length + 1)..^".pem".Length];
        return DateTimeOffset.TryParseExact(stamp, StampFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            ? instant
            : throw new InvalidOperationException(
                $"'{fileName}' is not a {name} key name: use {name}.pem or {name}.{{UTC instant as {StampFormat.Replace("'", "")}}}.pem.");
    }

    private static RsaSecurityKey Read(string path)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(path));
        // Derived from the public key, so every instance names a key alike and validators match tokens to it.
        return new RsaSecurityKey(rsa) { KeyId = Convert.ToHexString(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..16] };
    }
}
