namespace Social.Testing.Benchmarking;

/// <summary>How a short-lived command ended and what it printed.</summary>
public sealed record ProcessOutput(int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;

    public string Combined => string.IsNullOrWhiteSpace(StandardError) ? StandardOutput : $"{StandardOutput}{Environment.NewLine}{StandardError}";
}
