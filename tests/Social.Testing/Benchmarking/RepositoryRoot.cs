namespace Social.Testing.Benchmarking;

/// <summary>The repository the benchmark was built from: the services are built and started from there.</summary>
public static class RepositoryRoot
{
    private const string Marker = "Directory.Packages.props";

    /// <summary>Walks up from the benchmark's output folder (then the working folder) to the folder that holds the central package versions.</summary>
    public static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, Marker)) && Directory.Exists(Path.Combine(folder.FullName, "services")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new BenchmarkFailedException($"Cannot find the repository root (a folder with {Marker} and services/) above {AppContext.BaseDirectory}.");
    }
}
