namespace Social.UnitTests.Architecture;

/// <summary>The repository's source files, found from the test's output folder upwards.</summary>
internal static class SourceTree
{
    public static string Root { get; } = FindRoot();

    /// <summary>The C# files under <paramref name="relativeFolder"/>, build output left out.</summary>
    public static IEnumerable<string> CSharpFiles(string relativeFolder) =>
        Directory.EnumerateFiles(Path.Combine(Root, relativeFolder), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    public static string Relative(string path) => Path.GetRelativePath(Root, path);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Social.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Social.sln not found above the test's output folder.");
    }
}
