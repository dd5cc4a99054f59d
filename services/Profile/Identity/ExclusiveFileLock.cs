namespace Social.Profile.Identity;

/// <summary>
/// An exclusive lock on a file, held across processes on one machine: the instances of a replicated service that share
/// a data directory take turns with it for work that must not run twice at once (creating the OAuth tables, registering
/// the clients). The operating system drops the lock if its holder dies, so a crashed instance blocks no one.
/// </summary>
internal sealed class ExclusiveFileLock : IDisposable
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(50);
    private readonly FileStream _file;

    private ExclusiveFileLock(FileStream file) => _file = file;

    public static async Task<ExclusiveFileLock> AcquireAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return new ExclusiveFileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                // Held by another instance: wait for its turn to end.
                await Task.Delay(RetryInterval, cancellationToken);
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
