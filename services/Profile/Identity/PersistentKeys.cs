using System.Security.Cryptography;

namespace Social.Profile.Identity;

/// <summary>
/// Creates the first key of a <see cref="KeyRing"/> (<c>{name}.pem</c>, an RSA key in PEM) where none was provisioned,
/// so a laptop or a test starts with nothing prepared and a restart signs no one out.
/// <para>
/// Replicas that start together over one data directory must end up with one key, not one each (a token signed by one
/// instance would then fail at every validator that fetched the other's key). A new key is written to a file of its
/// own and moved into place without overwriting: the first move wins, and every instance, the losers included, uses
/// the key that won.
/// </para>
/// </summary>
internal static class PersistentKeys
{
    public static void CreateIfMissing(string directory, string name)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".pem");
        if (!File.Exists(path))
        {
            TryCreate(path);
        }
    }

    private static void TryCreate(string path)
    {
        var candidate = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.new";
        using (var rsa = RSA.Create(2048))
        {
            File.WriteAllText(candidate, rsa.ExportPkcs8PrivateKeyPem());
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(candidate, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        try
        {
            File.Move(candidate, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance's key won the race; it is the one to use.
        }
        finally
        {
            File.Delete(candidate);
        }
    }
}
