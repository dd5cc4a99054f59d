using Social.Profile.Identity;
using Social.Testing;

namespace Social.FunctionalTests.Identity;

/// <summary>Replicas that start together over one data directory must all sign with one key.</summary>
public sealed class PersistentKeysTests
{
    [Fact]
    public async Task Instances_starting_together_on_an_empty_directory_agree_on_one_key()
    {
        using var data = new TemporaryDirectory();
        var directory = Path.Combine(data.Path, "keys");
        using var start = new Barrier(8);

        var keyIds = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait(TestContext.Current.CancellationToken);
            return KeyRing.Load(directory, "signing", createIfEmpty: true).Keys[0].Key.KeyId;
        }, TestContext.Current.CancellationToken)));

        Assert.Single(keyIds.Distinct());
        Assert.Equal(["signing.pem"], Directory.GetFiles(directory).Select(Path.GetFileName));
    }

    [Fact]
    public void A_restart_reuses_the_key_it_finds()
    {
        using var data = new TemporaryDirectory();

        var first = KeyRing.Load(data.Path, "encryption", createIfEmpty: true).Keys[0].Key.KeyId;

        Assert.Equal(first, KeyRing.Load(data.Path, "encryption", createIfEmpty: true).Keys[0].Key.KeyId);
        Assert.NotEqual(first, KeyRing.Load(data.Path, "signing", createIfEmpty: true).Keys[0].Key.KeyId);
    }
}
