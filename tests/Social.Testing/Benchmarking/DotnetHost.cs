namespace Social.Testing.Benchmarking;

/// <summary>The <c>dotnet</c> executable that builds and runs the services: the one the SDK tools name, else the one on PATH.</summary>
public static class DotnetHost
{
    public static string Path { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath)
            ? hostPath
            : "dotnet";

    /// <summary>
    /// Variables <c>dotnet run</c> may leave in this process's environment for its own in-process MSBuild; a nested build
    /// must find its SDK afresh rather than inherit them.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> CleanBuildEnvironment { get; } = new Dictionary<string, string?>
    {
        ["MSBuildExtensionsPath"] = null,
        ["MSBuildSDKsPath"] = null,
        ["MSBUILD_EXE_PATH"] = null,
        ["MSBuildLoadMicrosoftTargetsReadOnly"] = null,
    };
}
