using System.Security.Cryptography;
using Social.Profile.Identity;
using Social.Testing;

namespace Social.FunctionalTests.Identity;

public sealed class KeyRingTests
{
    private static readonly DateTimeOffset Rotation = new(2030, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_key_in_use_is_the_newest_whose_instant_has_come_and_every_key_stays_in_the_ring()
    {
        using var keys = new TemporaryDirectory();
        WriteKey(keys.Path, "signing.pem");
        WriteKey(keys.Path, "signing.20300301T120000Z.pem");
        WriteKey(keys.Path, "signing.20300401T000000Z.pem");

        var ring = KeyRing.Load(keys.Path, "signing", createIfEmpty: false);

        Assert.Equal(3, ring.Keys.Count);
        Assert.Equal(3, ring.Keys.Select(key => key.Key.KeyId).Distinct().Count());
        Assert.Equal(ring.Keys[0], ring.CurrentAt(Rotation.AddTicks(-1)));
        // At the instant itself the new key has taken over.
        Assert.Equal(ring.Keys[1], ring.CurrentAt(Rotation));
        Assert.Equal(Rotation, ring.Keys[1].ActiveFrom);
        Assert.Equal(ring.Keys[2], ring.CurrentAt(Rotation.AddMonths(2)));
    }

    [Fact]
    public void Keys_of_another_purpose_and_files_still_being_written_are_not_part_of_the_ring()
    {
        using var keys = new TemporaryDirectory();
        WriteKey(keys.Path, "signing.pem");
        WriteKey(keys.Path, "encryption.pem");
        WriteKey(keys.Path, "signing.pem.42.abc.new");

        var ring = KeyRing.Load(keys.Path, "signing", createIfEmpty: false);

        Assert.Single(ring.Keys);
    }

    [Fact]
    public void An_empty_ring_gets_a_first_key_only_where_creating_one_is_allowed()
    {
        using var keys = new TemporaryDirectory();

        var refused = Assert.Throws<InvalidOperationException>(() => KeyRing.Load(keys.Path, "signing", createIfEmpty: false));
        Assert.Contains("Identity:CreateMissingKeys", refused.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(keys.Path));

        var created = KeyRing.Load(keys.Path, "signing", createIfEmpty: true);
        Assert.Equal(DateTimeOffset.MinValue, Assert.Single(created.Keys).ActiveFrom);
        Assert.Equal(created.Keys[0].Key.KeyId, KeyRing.Load(keys.Path, "signing", createIfEmpty: false).Keys[0].Key.KeyId);
    }

    [Theory]
    [InlineData("signing.tomorrow.pem")]
    [InlineData("signing.2030-03-01T12:00:00Z.pem")]
    public void A_misnamed_key_stops_the_start_instead_of_being_ignored(string fileName)
    {
        using var keys = new TemporaryDirectory();
        WriteKey(keys.Path, "signing.pem");
        WriteKey(keys.Path, fileName);

        var refused = Assert.Throws<InvalidOperationException>(() => KeyRing.Load(keys.Path, "signing", createIfEmpty: false));

        Assert.Contains(fileName, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_in_use_before_the_first_key_takes_over()
    {
        using var keys = new TemporaryDirectory();
        WriteKey(keys.Path, "signing.20300301T120000Z.pem");
        var ring = KeyRing.Load(keys.Path, "signing", createIfEmpty: true);

        Assert.Throws<InvalidOperationException>(() => ring.CurrentAt(Rotation.AddSeconds(-1)));
        Assert.Equal(ring.Keys[0], ring.CurrentAt(Rotation));
    }

    private static void WriteKey(string directory, string fileName)
    {
        using var rsa = RSA.Create(2048);
        File.WriteAllText(Path.Combine(directory, fileName), rsa.ExportPkcs8PrivateKeyPem());
    }
}
