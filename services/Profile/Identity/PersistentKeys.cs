using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Social.Profile.Identity;

/// <summary>
/// RSA keys kept as PEM files, created on first start and reused after: a restart signs no one out. The key id is
/// derived from the public key, so validators match tokens to the key in the discovery document.
/// </summary>
internal static class PersistentKeys
{
    public static RsaSecurityKey LoadOrCreate(string directory, string name)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".pem");
        var rsa = RSA.Create(2048);
        if (File.Exists(path))
        {
            rsa.ImportFromPem(File.ReadAllText(path));
        }
        else
        {
            File.WriteAllText(path, rsa.ExportPkcs8PrivateKeyPem());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return new RsaSecurityKey(rsa) { KeyId = Convert.ToHexString(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..16] };
    }
}
